import type { Path } from '../../core/range.ts';
import type { Node } from '../../parse/node.ts';
import type { Value } from '../../model/value.ts';

/** A plain document node as a value, with no intrinsic functions to resolve (standalone policy files). */
export function nodeToValue(node: Node, path: Path): Value {
  if (node.kind === 'scalar') return { kind: 'scalar', value: node.value, path };
  if (node.kind === 'seq') return { kind: 'list', items: node.items.map((n, i) => nodeToValue(n, [...path, i])), path };
  return { kind: 'object', entries: new Map(node.entries.map((e) => [e.key, nodeToValue(e.value, [...path, e.key])])), path };
}
