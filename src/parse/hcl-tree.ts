import type { Path, Range } from '../core/range.ts';
import type { ParseProblem } from './document.ts';
import type { Expr, HclBlock, HclBody } from './hcl-ast.ts';
import { subExpressions } from './hcl-walk.ts';
import type { LineIndex } from './lines.ts';
import type { MapEntry, MapNode, Node, SeqNode } from './node.ts';
import { getEntry } from './node.ts';

/**
 * How a top-level block sits in the JSON form, as a .tf.json file writes it: one object per address for
 * resources, data sources, modules, variables, outputs and checks; one merged object for `locals` and
 * `terraform`; a list per label path for the rest (`provider "aws"` may repeat with aliases, `moved` repeats).
 */
const TOP_LEVEL: Record<string, 'object' | 'merge'> = {
  resource: 'object',
  data: 'object',
  module: 'object',
  variable: 'object',
  output: 'object',
  check: 'object',
  locals: 'merge',
  terraform: 'merge',
};

interface Builder {
  text: string;
  lines: LineIndex;
  problems: ParseProblem[];
  /** Key indexes of the maps blocks are added to: a file of thousands of resources would be quadratic without. */
  index: WeakMap<MapNode, Map<string, MapEntry>>;
}

/**
 * Builds the JSON-form tree of an HCL body (nested blocks as lists of objects, literals as values, other
 * expressions as their source text) and records on every block, attribute and expression the path of the node
 * that holds it.
 */
export function buildTree(body: HclBody, text: string, lines: LineIndex, problems: ParseProblem[]): MapNode {
  const b: Builder = { text, lines, problems, index: new WeakMap() };
  const root: MapNode = { kind: 'map', entries: [], range: lines.range(0, text.length) };
  for (const item of body.items) {
    if (item.kind === 'attribute') addAttribute(b, root, item.name, item.start, item.expr, []);
    else placeBlock(b, root, [], item, TOP_LEVEL[item.type] ?? 'list');
  }
  return root;
}

function fillBody(b: Builder, map: MapNode, body: HclBody, path: Path): void {
  for (const item of body.items) {
    if (item.kind === 'attribute') {
      item.path = [...path, item.name];
      addAttribute(b, map, item.name, item.start, item.expr, path);
    } else placeBlock(b, map, path, item, 'list');
  }
}

function addAttribute(b: Builder, map: MapNode, name: string, start: number, expr: Expr, path: Path): void {
  const keyRange = b.lines.range(start, start + name.length);
  const earlier = lookup(b, map, name);
  if (earlier) b.problems.push(duplicate(name, earlier, keyRange, [...path, name]));
  add(b, map, { key: name, keyRange, value: exprNode(b, expr, [...path, name]) });
}

function placeBlock(b: Builder, container: MapNode, path: Path, block: HclBlock, shape: 'object' | 'merge' | 'list'): void {
  const header = b.lines.range(block.start, block.headerEnd);
  const range = b.lines.range(block.start, block.end);
  const keys = [block.type, ...block.labels];
  const keyRanges = [b.lines.range(block.start, block.start + block.type.length), ...block.labelSpans.map(([s, e]) => b.lines.range(s, e))];
  // Every key but the last leads to a map; the last holds the block (object, merge) or the list of blocks.
  let map = container;
  let at = [...path];
  for (let i = 0; i < keys.length - 1; i++) {
    map = childMap(b, map, keys[i], keyRanges[i], range);
    at.push(keys[i]);
  }
  const last = keys[keys.length - 1];
  if (shape === 'list') {
    const seq = childSeq(b, map, last, header, range);
    at = [...at, last, seq.items.length];
    const blockMap: MapNode = { kind: 'map', entries: [], range };
    seq.items.push(blockMap);
    block.path = at;
    fillBody(b, blockMap, block.body, at);
    return;
  }
  at.push(last);
  block.path = at;
  if (shape === 'merge') {
    fillBody(b, childMap(b, map, last, header, range), block.body, at);
    return;
  }
  const earlier = lookup(b, map, last);
  if (earlier) b.problems.push(duplicate(keys.join('.'), earlier, header, at));
  const blockMap: MapNode = { kind: 'map', entries: [], range };
  add(b, map, { key: last, keyRange: header, value: blockMap });
  fillBody(b, blockMap, block.body, at);
}

function childMap(b: Builder, parent: MapNode, key: string, keyRange: Range, range: Range): MapNode {
  const found = lookup(b, parent, key);
  if (found?.value.kind === 'map') {
    extend(found.value.range, range);
    return found.value;
  }
  const map: MapNode = { kind: 'map', entries: [], range: { start: range.start, end: range.end } };
  add(b, parent, { key, keyRange, value: map });
  return map;
}

function childSeq(b: Builder, parent: MapNode, key: string, keyRange: Range, range: Range): SeqNode {
  const found = lookup(b, parent, key);
  if (found?.value.kind === 'seq') {
    extend(found.value.range, range);
    return found.value;
  }
  const seq: SeqNode = { kind: 'seq', items: [], range: { start: range.start, end: range.end } };
  add(b, parent, { key, keyRange, value: seq });
  return seq;
}

/** The last entry of `key` (the one that wins), through the map's index. */
function lookup(b: Builder, map: MapNode, key: string): MapEntry | undefined {
  return b.index.get(map)?.get(key);
}

function add(b: Builder, map: MapNode, entry: MapEntry): void {
  map.entries.push(entry);
  let index = b.index.get(map);
  if (!index) b.index.set(map, (index = new Map()));
  index.set(entry.key, entry);
}

function extend(r: Range, by: Range): void {
  if (by.end.line > r.end.line || (by.end.line === r.end.line && by.end.column > r.end.column)) r.end = by.end;
}

/** The node of an expression: literals and constructors as JSON would write them, anything else as its source. */
function exprNode(b: Builder, e: Expr, path: Path): Node {
  e.path = path;
  const range = b.lines.range(e.start, e.end);
  switch (e.kind) {
    case 'literal':
      return { kind: 'scalar', value: e.value, range };
    case 'template':
      if (e.parts.every((p) => typeof p === 'string')) return { kind: 'scalar', value: e.parts.join(''), range };
      break;
    case 'tuple':
      return { kind: 'seq', items: e.items.map((item, i) => exprNode(b, item, [...path, i])), range };
    case 'object': {
      if (!e.items.every((i) => i.key.kind === 'literal')) break;
      const map: MapNode = { kind: 'map', entries: [], range };
      for (const { key, value } of e.items) {
        const k = String((key as { value: unknown }).value);
        const keyRange = b.lines.range(key.start, key.end);
        key.path = path;
        const earlier = getEntry(map, k);
        if (earlier) b.problems.push(duplicate(k, earlier, keyRange, [...path, k]));
        map.entries.push({ key: k, keyRange, value: exprNode(b, value, [...path, k]) });
      }
      return map;
    }
    case 'call':
      // A policy written as jsonencode({...}) is located like the document it encodes, so a finding points at
      // the statement or action at fault rather than at the whole call.
      if (e.name === 'jsonencode' && e.args.length === 1 && (e.args[0].kind === 'object' || e.args[0].kind === 'tuple')) {
        const inner = exprNode(b, e.args[0], path);
        return { ...inner, range };
      }
      break;
  }
  for (const sub of subExpressions(e)) sharePath(sub, path);
  return { kind: 'scalar', value: b.text.slice(e.start, e.end), range };
}

function sharePath(e: Expr, path: Path): void {
  e.path = path;
  for (const sub of subExpressions(e)) sharePath(sub, path);
}

function duplicate(key: string, first: MapEntry, range: Range, path: Path): ParseProblem {
  return {
    ruleId: 'parse/duplicate-key',
    message: `Duplicate "${key}": already defined on line ${first.keyRange.start.line}; the last one wins`,
    range,
    path,
  };
}
