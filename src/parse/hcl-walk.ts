import type { Expr, TemplatePart } from './hcl-ast.ts';

/** The direct sub-expressions of an expression, template directives included. */
export function subExpressions(e: Expr): Expr[] {
  switch (e.kind) {
    case 'literal':
    case 'variable':
    case 'splat-item':
      return [];
    case 'template':
      return partExpressions(e.parts);
    case 'tuple':
      return e.items;
    case 'object':
      return e.items.flatMap((i) => [i.key, i.value]);
    case 'getattr':
      return [e.target];
    case 'index':
      return [e.target, e.key];
    case 'splat':
      return [e.target, e.each];
    case 'call':
      return e.args;
    case 'conditional':
      return [e.cond, e.then, e.else];
    case 'unary':
      return [e.operand];
    case 'binary':
      return [e.left, e.right];
    case 'for':
      return [e.collection, ...(e.key ? [e.key] : []), e.value, ...(e.cond ? [e.cond] : [])];
  }
}

function partExpressions(parts: TemplatePart[]): Expr[] {
  const out: Expr[] = [];
  for (const p of parts) {
    if (typeof p === 'string') continue;
    if (p.kind === 'template-if') out.push(p.cond, ...partExpressions(p.then), ...partExpressions(p.else));
    else if (p.kind === 'template-for') out.push(p.collection, ...partExpressions(p.body));
    else out.push(p);
  }
  return out;
}
