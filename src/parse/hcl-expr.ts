import type { BinaryOp, Expr } from './hcl-ast.ts';
import type { Cst } from './hcl-cst.ts';
import { convertTemplate, stringLiteral } from './hcl-template.ts';

/** Paths are filled in when the node tree is built; until then every expression shares this placeholder. */
export const NO_PATH: (string | number)[] = [];

const BINARY_OPS = new Set<string>(['*', '/', '%', '+', '-', '>', '>=', '<', '<=', '==', '!=', '&&', '||']);

/** Turns an `expression` node of the grammar into an expression tree. */
export function convertExpression(text: string, n: Cst): Expr {
  const kids = n.children;
  if (kids.length === 1 && kids[0].type === 'conditional') return conditional(text, kids[0]);
  return termSequence(text, kids, 0, kids.length);
}

const span = (start: number, end: number) => ({ start, end, path: NO_PATH });

function conditional(text: string, n: Cst): Expr {
  const [c, a, b] = n.children.filter((k) => k.type === 'expression');
  return { kind: 'conditional', cond: convertExpression(text, c), then: convertExpression(text, a), else: convertExpression(text, b), ...span(n.start, n.end) };
}

/**
 * The grammar flattens a term and its postfixes (`a`, `.b`, `[0]`, `[*].c`) into sibling nodes: the first is
 * the primary, the rest apply to it left to right.
 */
function termSequence(text: string, kids: Cst[], from: number, to: number): Expr {
  let i = from;
  let e: Expr;
  const first = kids[i];
  if (!first) throw new Error('empty expression');
  if (first.type === '(') {
    e = convertExpression(text, kids[i + 1]);
    i += 2;
  } else {
    e = primary(text, first);
    i++;
  }
  const start = first.start;
  for (; i < to; i++) e = postfix(text, e, kids[i], start);
  return e;
}

function postfix(text: string, target: Expr, k: Cst, start: number): Expr {
  switch (k.type) {
    case 'get_attr':
      return { kind: 'getattr', target, name: text.slice(k.children[0].start, k.children[0].end), ...span(start, k.end) };
    case 'index':
      return { kind: 'index', target, key: indexKey(text, k.children[0]), ...span(start, k.end) };
    case 'splat': {
      const s = k.children[0];
      let each: Expr = { kind: 'splat-item', ...span(s.start, s.start) };
      for (const step of s.children) each = postfix(text, each, step, s.start);
      return { kind: 'splat', target, each, ...span(start, k.end) };
    }
  }
  throw new Error(`unexpected ${k.type} after an expression`);
}

function indexKey(text: string, k: Cst): Expr {
  if (k.type === 'new_index') return convertExpression(text, k.children[0]);
  // legacy_index: `.0`, a number after the dot
  return { kind: 'literal', value: Number(text.slice(k.start + 1, k.end)), ...span(k.start + 1, k.end) };
}

function primary(text: string, n: Cst): Expr {
  switch (n.type) {
    case 'literal_value':
      return literal(text, n.children[0]);
    case 'template_expr':
      return convertTemplate(text, n.children[0], convertExpression);
    case 'collection_value':
      return collection(text, n.children[0]);
    case 'variable_expr':
      return { kind: 'variable', name: text.slice(n.start, n.end), ...span(n.start, n.end) };
    case 'function_call':
      return call(text, n);
    case 'for_expr':
      return forExpr(text, n.children[0]);
    case 'operation':
      return operation(text, n.children[0]);
    case 'expression':
      return convertExpression(text, n);
  }
  throw new Error(`unexpected ${n.type} in an expression`);
}

function literal(text: string, n: Cst): Expr {
  const s = span(n.start, n.end);
  switch (n.type) {
    case 'numeric_lit':
      return { kind: 'literal', value: Number(text.slice(n.start, n.end)), ...s };
    case 'bool_lit':
      return { kind: 'literal', value: text.slice(n.start, n.end) === 'true', ...s };
    case 'null_lit':
      return { kind: 'literal', value: null, ...s };
    case 'string_lit':
      return { kind: 'literal', value: stringLiteral(text, n), ...s };
  }
  throw new Error(`unexpected literal ${n.type}`);
}

function collection(text: string, n: Cst): Expr {
  const s = span(n.start, n.end);
  if (n.type === 'tuple') {
    return { kind: 'tuple', items: n.children.filter((k) => k.type === 'expression').map((k) => convertExpression(text, k)), ...s };
  }
  const items = n.children
    .filter((k) => k.type === 'object_elem')
    .map((el) => {
      const [k, v] = el.children;
      return { key: objectKey(text, k), value: convertExpression(text, v) };
    });
  return { kind: 'object', items, ...s };
}

/** `{ a = 1 }` names the key `a`; only `{ (a) = 1 }` evaluates it. */
function objectKey(text: string, k: Cst): Expr {
  const only = k.children.length === 1 ? k.children[0] : undefined;
  if (only?.type === 'variable_expr') return { kind: 'literal', value: text.slice(only.start, only.end), ...span(only.start, only.end) };
  return convertExpression(text, k);
}

function call(text: string, n: Cst): Expr {
  const name = text.slice(n.children[0].start, n.children[0].end);
  const argsNode = n.children.find((k) => k.type === 'function_arguments');
  const args = argsNode ? argsNode.children.filter((k) => k.type === 'expression').map((k) => convertExpression(text, k)) : [];
  const expand = !!argsNode?.children.some((k) => k.type === 'ellipsis');
  return { kind: 'call', name, args, expand, ...span(n.start, n.end) };
}

function forExpr(text: string, n: Cst): Expr {
  const intro = n.children.find((k) => k.type === 'for_intro')!;
  const names = intro.children.filter((k) => k.type === 'identifier').map((k) => text.slice(k.start, k.end));
  const collection = convertExpression(text, intro.children.find((k) => k.type === 'expression')!);
  const exprs = n.children.filter((k) => k.type === 'expression').map((k) => convertExpression(text, k));
  const condNode = n.children.find((k) => k.type === 'for_cond');
  const cond = condNode ? convertExpression(text, condNode.children[0]) : undefined;
  const vars = names.length === 2 ? { keyVar: names[0], valueVar: names[1] } : { valueVar: names[0] };
  const s = span(n.start, n.end);
  if (n.type === 'for_tuple_expr') return { kind: 'for', ...vars, collection, value: exprs[0], cond, group: false, ...s };
  const group = n.children.some((k) => k.type === 'ellipsis');
  return { kind: 'for', ...vars, collection, key: exprs[0], value: exprs[1], cond, group, ...s };
}

function operation(text: string, n: Cst): Expr {
  const kids = n.children;
  const s = span(n.start, n.end);
  if (n.type === 'unary_operation') {
    const operand = termSequence(text, kids, 1, kids.length);
    // A negative number is a literal, as JSON writes it.
    if (kids[0].type === '-' && operand.kind === 'literal' && typeof operand.value === 'number') return { kind: 'literal', value: -operand.value, ...s };
    return { kind: 'unary', op: kids[0].type as '-' | '!', operand, ...s };
  }
  const at = kids.findIndex((k) => BINARY_OPS.has(k.type) && k.children.length === 0 && isToken(text, k));
  return {
    kind: 'binary',
    op: kids[at].type as BinaryOp,
    left: termSequence(text, kids, 0, at),
    right: termSequence(text, kids, at + 1, kids.length),
    ...s,
  };
}

/** Operator tokens are the only kept nodes whose type is their own text. */
function isToken(text: string, k: Cst): boolean {
  return text.slice(k.start, k.end) === k.type;
}

