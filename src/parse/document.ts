import type { Path, Range, Location } from '../core/range.ts';
import type { HclFile } from './hcl-ast.ts';
import type { Node } from './node.ts';
import { getEntry } from './node.ts';

export type DocumentFormat = 'json' | 'yaml' | 'hcl';

/** A problem found while parsing; becomes a finding of the named rule. */
export interface ParseProblem {
  ruleId: 'parse-error' | 'parse/duplicate-key' | 'parse/unknown-tag';
  message: string;
  range: Range;
  path: Path;
}

export interface SourceDocument {
  file: string;
  format: DocumentFormat;
  text: string;
  /** Undefined when the document could not be parsed at all (then problems holds a parse-error). */
  root: Node | undefined;
  problems: ParseProblem[];
  /** HCL documents keep their syntax for evaluation; `root` is its JSON form. */
  hcl?: HclFile;
}

/**
 * Turns a logical path into the range to report. For an existing value: the value's range, or the key's when
 * `key` is set. For a missing one: the key of the deepest ancestor that exists (a missing property is reported
 * at its resource's `Properties` key).
 */
export function locate(doc: SourceDocument, path: Path, opts: { key?: boolean } = {}): Location {
  let cur: Node | undefined = doc.root;
  let best: Range | undefined = cur?.range;
  let bestPath: Path = [];
  for (let i = 0; i < path.length && cur; i++) {
    const k = path[i];
    if (typeof k === 'number') {
      const item: Node | undefined = cur.kind === 'seq' ? cur.items[k] : undefined;
      if (!item) break;
      cur = item;
      best = item.range;
    } else {
      const entry = getEntry(cur, k);
      if (!entry) break;
      const last = i === path.length - 1;
      cur = entry.value;
      best = last && !opts.key ? entry.value.range : entry.keyRange;
    }
    bestPath = path.slice(0, i + 1);
  }
  const r = best ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return { path: bestPath, start: r.start, end: r.end };
}
