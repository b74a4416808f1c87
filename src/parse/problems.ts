import type { Path, Range } from '../core/range.ts';
import type { DocumentFormat, ParseProblem, SourceDocument } from './document.ts';
import type { MapEntry } from './node.ts';

/** Deeper trees are refused: rules and `toJS` walk recursively, and no real template comes close. */
export const MAX_DEPTH = 512;

/** Abandons a parse; thrown from deep inside a parser's callbacks and turned into a `parse-error`. */
export class ParseAbort {
  constructor(
    readonly message: string,
    readonly start: number,
    readonly end: number = start,
  ) {}
}

export function emptyDocument(file: string, format: DocumentFormat, text: string): SourceDocument {
  return { file, format, text, root: undefined, problems: [] };
}

export function parseError(message: string, range: Range, path: Path = []): ParseProblem {
  return { ruleId: 'parse-error', message, range, path };
}

export function tooDeep(): string {
  return `nesting deeper than ${MAX_DEPTH} levels`;
}

export function isBlank(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

// Past this many entries a key index beats rescanning the entries for every new key.
const LINEAR_SCAN_LIMIT = 16;

/** Lazily built key index of a map under construction: `index` covers `entries[0 .. indexed)`. */
export interface KeyIndex {
  index?: Map<string, MapEntry>;
  indexed: number;
}

/** The first entry already holding `key`, if any. */
export function earlierEntry(entries: MapEntry[], key: string, k: KeyIndex): MapEntry | undefined {
  if (entries.length < LINEAR_SCAN_LIMIT) {
    for (const e of entries) if (e.key === key) return e;
    return undefined;
  }
  const index = (k.index ??= new Map());
  for (; k.indexed < entries.length; k.indexed++) {
    const e = entries[k.indexed];
    if (!index.has(e.key)) index.set(e.key, e);
  }
  return index.get(key);
}

export function duplicateKey(key: string, first: MapEntry, range: Range, path: Path): ParseProblem {
  return {
    ruleId: 'parse/duplicate-key',
    message: `Duplicate key "${key}": already defined on line ${first.keyRange.start.line}; the last one wins`,
    range,
    path,
  };
}
