import type { Path, Range } from '../core/range.ts';

/**
 * The parsed tree of a JSON or YAML document, every node with its source range.
 * YAML short-form tags are already in long form here: `!Ref X` is a map node with one entry `Ref`.
 */
export type Node = ScalarNode | MapNode | SeqNode;

export interface ScalarNode {
  kind: 'scalar';
  value: string | number | boolean | null;
  range: Range;
}

export interface MapEntry {
  key: string;
  keyRange: Range;
  value: Node;
}

export interface MapNode {
  kind: 'map';
  entries: MapEntry[];
  range: Range;
  /** Set when this map was written as a YAML short-form tag (`!Sub`), so fixes can keep the user's style. */
  shortTag?: string;
}

export interface SeqNode {
  kind: 'seq';
  items: Node[];
  range: Range;
}

export function getEntry(node: Node | undefined, key: string): MapEntry | undefined {
  if (!node || node.kind !== 'map') return undefined;
  // last wins, as in CloudFormation; duplicate keys are reported by the parser
  for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i].key === key) return node.entries[i];
  return undefined;
}

export function get(node: Node | undefined, key: string | number): Node | undefined {
  if (!node) return undefined;
  if (typeof key === 'number') return node.kind === 'seq' ? node.items[key] : undefined;
  return getEntry(node, key)?.value;
}

export function nodeAt(root: Node | undefined, path: Path): Node | undefined {
  let cur = root;
  for (const k of path) {
    cur = get(cur, k);
    if (!cur) return undefined;
  }
  return cur;
}

/** Plain JS value of a node (no intrinsic resolution). Recursive: parsed trees are at most 512 levels deep. */
export function toJS(node: Node): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toJS);
  const out: Record<string, unknown> = {};
  for (const e of node.entries) out[e.key] = toJS(e.value);
  return out;
}
