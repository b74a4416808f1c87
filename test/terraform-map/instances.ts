import type { Path } from '../../src/core/range.ts';
import type { TfInstance } from '../../src/adapters/terraform/instance.ts';
import type { StringPart, Value } from '../../src/model/value.ts';
import type { SourceDocument } from '../../src/parse/document.ts';
import { parseJson } from '../../src/parse/json.ts';
import type { Node } from '../../src/parse/node.ts';

/**
 * Hand-built TfInstance objects for testing the mapping on its own, read from .tf.json text: nested blocks are
 * written as arrays of objects, `${a.b.c}` is a reference the evaluator could not resolve (unknown, and recorded
 * in `references`), and an object under `policy` stands for what jsonencode() gives. Locations are real: every
 * value points into the parsed document.
 */
export function tfJson(file: string, text: string): { instances: TfInstance[]; doc: SourceDocument } {
  const doc = parseJson(file, text);
  const instances: TfInstance[] = [];
  const root = doc.root;
  if (root?.kind !== 'map') throw new Error(`${file}: not an object`);
  for (const section of root.entries) {
    const mode = section.key === 'resource' ? 'managed' : section.key === 'data' ? 'data' : undefined;
    if (!mode || section.value.kind !== 'map') continue;
    for (const typeEntry of section.value.entries) {
      if (typeEntry.value.kind !== 'map') continue;
      for (const nameEntry of typeEntry.value.entries) {
        const path: Path = [section.key, typeEntry.key, nameEntry.key];
        const references = new Set<string>();
        const attrs = toValue(nameEntry.value, path, file, references);
        const type = typeEntry.key;
        const name = nameEntry.key;
        instances.push({
          address: (mode === 'data' ? 'data.' : '') + `${type}.${name}`,
          mode,
          type,
          name,
          module: [],
          file,
          path,
          attributes: () => attrs,
          references,
        });
      }
    }
  }
  return { instances, doc };
}

function toValue(node: Node, path: Path, file: string, refs: Set<string>): Value {
  if (node.kind === 'seq') return { kind: 'list', items: node.items.map((n, i) => toValue(n, [...path, i], file, refs)), path, file };
  if (node.kind === 'map') return { kind: 'object', entries: new Map(node.entries.map((e) => [e.key, toValue(e.value, [...path, e.key], file, refs)])), path, file };
  if (typeof node.value !== 'string' || !node.value.includes('${')) return { kind: 'scalar', value: node.value, path, file };
  const parts: StringPart[] = [];
  let rest = node.value;
  for (let m = /\$\{([^}]*)\}/.exec(rest); m; m = /\$\{([^}]*)\}/.exec(rest)) {
    if (m.index > 0) parts.push(rest.slice(0, m.index));
    parts.push({ symbol: m[1] });
    const ref = /^((?:data\.)?[a-z][\w-]*\.[\w-]+(?:\[[^\]]*\])?)/.exec(m[1]);
    if (ref && !/^(var|local|each|count|path)\./.test(m[1])) refs.add(ref[1]);
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest) parts.push(rest);
  const whole = parts.length === 1 && typeof parts[0] !== 'string';
  return { kind: 'unknown', symbol: whole ? (parts[0] as { symbol: string }).symbol : node.value, ...(whole ? {} : { parts }), path, file };
}
