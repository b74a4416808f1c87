import type { Path } from '../../core/range.ts';
import type { SourceDocument } from '../../parse/document.ts';
import type { Expr, HclAttribute, HclBlock, HclBody } from '../../parse/hcl-ast.ts';
import { LineIndex } from '../../parse/lines.ts';
import type { MapNode, Node } from '../../parse/node.ts';
import { parseTemplateString } from './template-string.ts';

/** Blocks named by labels at the top of a .tf.json file, and how many labels each has. */
const LABELLED: Record<string, number> = { resource: 2, data: 2, module: 1, variable: 1, output: 1 };

interface Reader {
  lines: LineIndex;
}

/**
 * Reads a .tf.json document into the syntax HCL files have, so one evaluator serves both. Strings are templates
 * (`"${var.x}"`), except in variable blocks, whose values are plain JSON. Every expression keeps the path of its
 * JSON node; those inside a template string share the string's path and range, the finest JSON has.
 */
export function jsonBody(doc: SourceDocument): HclBody {
  const items: (HclAttribute | HclBlock)[] = [];
  if (doc.root?.kind !== 'map') return { items };
  const r: Reader = { lines: new LineIndex(doc.text) };
  for (const top of doc.root.entries) {
    const labels = LABELLED[top.key];
    if (labels !== undefined) items.push(...labelled(r, top.key, top.value, labels, [top.key], []));
    else if (top.key === 'locals') {
      for (const [obj, path] of objects(top.value, ['locals'])) items.push(block(r, 'locals', [], obj, path, true));
    }
  }
  return { items };
}

/** `resource.aws_s3_bucket.logs = {…}` (or a list of such objects) into blocks with their labels. */
function labelled(r: Reader, type: string, node: Node, depth: number, path: Path, labels: string[]): HclBlock[] {
  if (depth === 0) return objects(node, path).map(([obj, p]) => block(r, type, labels, obj, p, type !== 'variable'));
  if (node.kind !== 'map') return [];
  return node.entries.filter((e) => e.key !== '//').flatMap((e) => labelled(r, type, e.value, depth - 1, [...path, e.key], [...labels, e.key]));
}

function objects(node: Node, path: Path): [MapNode, Path][] {
  if (node.kind === 'map') return [[node, path]];
  if (node.kind === 'seq') return node.items.flatMap((item, i) => (item.kind === 'map' ? [[item, [...path, i]] as [MapNode, Path]] : []));
  return [];
}

function block(r: Reader, type: string, labels: string[], obj: MapNode, path: Path, templates: boolean): HclBlock {
  const start = r.lines.offset(obj.range.start);
  const items: (HclAttribute | HclBlock)[] = [];
  for (const e of obj.entries) {
    if (e.key === '//') continue;
    const p = [...path, e.key];
    if (e.key === 'dynamic' && templates && type !== 'locals') {
      items.push(...dynamicBlocks(r, e.value, p));
      continue;
    }
    const expr = toExpr(r, e.value, p, templates);
    items.push({ kind: 'attribute', name: e.key, expr, start: r.lines.offset(e.keyRange.start), end: expr.end, path: p });
  }
  return { kind: 'block', type, labels, labelSpans: [], headerEnd: start, body: { items }, start, end: r.lines.offset(obj.range.end), path };
}

/** `"dynamic": { "ingress": { "for_each": …, "content": {…} } }` into `dynamic "ingress"` blocks. */
function dynamicBlocks(r: Reader, node: Node, path: Path): HclBlock[] {
  if (node.kind !== 'map') return [];
  return node.entries.flatMap((e) =>
    objects(e.value, [...path, e.key]).map(([obj, p]) => {
      const b = block(r, 'dynamic', [e.key], obj, p, true);
      b.body.items = b.body.items.flatMap((item) => {
        if (item.kind !== 'attribute' || item.name !== 'content') return [item];
        const content = obj.entries.find((x) => x.key === 'content')!.value;
        return objects(content, [...p, 'content']).map(([c, cp]) => block(r, 'content', [], c, cp, true));
      });
      return b;
    }),
  );
}

function toExpr(r: Reader, node: Node, path: Path, templates: boolean): Expr {
  const start = r.lines.offset(node.range.start);
  const end = r.lines.offset(node.range.end);
  const span = { start, end, path };
  if (node.kind === 'seq') return { kind: 'tuple', items: node.items.map((n, i) => toExpr(r, n, [...path, i], templates)), ...span };
  if (node.kind === 'map') {
    const items = node.entries
      .filter((e) => e.key !== '//')
      .map((e) => ({ key: { kind: 'literal', value: e.key, start, end, path } as Expr, value: toExpr(r, e.value, [...path, e.key], templates) }));
    return { kind: 'object', items, ...span };
  }
  if (typeof node.value === 'string' && templates && /[$%]\{/.test(node.value)) {
    return parseTemplateString(node.value, span) ?? { kind: 'literal', value: node.value, ...span };
  }
  return { kind: 'literal', value: node.value, ...span };
}
