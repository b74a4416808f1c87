import type { HclAttribute, HclBlock, HclBody } from './hcl-ast.ts';
import type { Cst } from './hcl-cst.ts';
import { convertExpression, NO_PATH } from './hcl-expr.ts';
import { stringLiteral } from './hcl-template.ts';

/** The body of a `config_file` node (empty for a file of comments, or a JSON-like object tfvars never has). */
export function convertFile(text: string, root: Cst): HclBody {
  const body = root.children.find((k) => k.type === 'body');
  return body ? convertBody(text, body) : { items: [] };
}

function convertBody(text: string, n: Cst): HclBody {
  const items: (HclAttribute | HclBlock)[] = [];
  for (const k of n.children) {
    if (k.type === 'attribute') items.push(attribute(text, k));
    else if (k.type === 'block') items.push(block(text, k));
  }
  return { items };
}

function attribute(text: string, n: Cst): HclAttribute {
  const [name, expr] = n.children;
  return { kind: 'attribute', name: text.slice(name.start, name.end), expr: convertExpression(text, expr), start: n.start, end: n.end, path: NO_PATH };
}

function block(text: string, n: Cst): HclBlock {
  const [type, ...rest] = n.children;
  const labels: string[] = [];
  const labelSpans: [number, number][] = [];
  let body: HclBody = { items: [] };
  for (const k of rest) {
    if (k.type === 'string_lit') {
      labels.push(stringLiteral(text, k));
      labelSpans.push([k.start, k.end]);
    } else if (k.type === 'identifier') {
      labels.push(text.slice(k.start, k.end));
      labelSpans.push([k.start, k.end]);
    } else if (k.type === 'body') body = convertBody(text, k);
  }
  const headerEnd = labelSpans.length > 0 ? labelSpans[labelSpans.length - 1][1] : type.end;
  return { kind: 'block', type: text.slice(type.start, type.end), labels, labelSpans, headerEnd, body, start: n.start, end: n.end, path: NO_PATH };
}
