import type { Expr, TemplatePart } from '../../parse/hcl-ast.ts';

const MAX = 80;

/**
 * A short, canonical rendering of an expression, for the symbol of an unknown value and the label of a choice
 * (`var.env == "prod" is false`). Printed rather than sliced from the source, so .tf.json templates read alike.
 */
export function printExpr(e: Expr): string {
  const s = print(e);
  return s.length > MAX ? s.slice(0, MAX - 1) + '…' : s;
}

function print(e: Expr): string {
  switch (e.kind) {
    case 'literal':
      return typeof e.value === 'string' ? JSON.stringify(e.value) : String(e.value);
    case 'template':
      return '"' + parts(e.parts) + '"';
    case 'tuple':
      return '[' + e.items.map(print).join(', ') + ']';
    case 'object':
      return '{' + e.items.map((i) => `${i.key.kind === 'literal' ? String(i.key.value) : '(' + print(i.key) + ')'} = ${print(i.value)}`).join(', ') + '}';
    case 'variable':
      return e.name;
    case 'getattr':
      return `${print(e.target)}.${e.name}`;
    case 'index':
      return `${print(e.target)}[${print(e.key)}]`;
    case 'splat':
      return `${print(e.target)}[*]${print(e.each)}`;
    case 'splat-item':
      return '';
    case 'call':
      return `${e.name}(${e.args.map(print).join(', ')}${e.expand ? '...' : ''})`;
    case 'conditional':
      return `${print(e.cond)} ? ${print(e.then)} : ${print(e.else)}`;
    case 'unary':
      return e.op + wrap(e.operand);
    case 'binary':
      return `${wrap(e.left)} ${e.op} ${wrap(e.right)}`;
    case 'for': {
      const vars = e.keyVar ? `${e.keyVar}, ${e.valueVar}` : e.valueVar;
      const body = e.key ? `${print(e.key)} => ${print(e.value)}${e.group ? '...' : ''}` : print(e.value);
      const cond = e.cond ? ` if ${print(e.cond)}` : '';
      return e.key ? `{for ${vars} in ${print(e.collection)} : ${body}${cond}}` : `[for ${vars} in ${print(e.collection)} : ${body}${cond}]`;
    }
  }
}

const wrap = (e: Expr) => (e.kind === 'binary' || e.kind === 'conditional' ? `(${print(e)})` : print(e));

function parts(ps: TemplatePart[]): string {
  return ps
    .map((p) => {
      if (typeof p === 'string') return JSON.stringify(p).slice(1, -1);
      if (p.kind === 'template-if') return `%{if ${print(p.cond)}}${parts(p.then)}${p.else.length ? '%{else}' + parts(p.else) : ''}%{endif}`;
      if (p.kind === 'template-for') return `%{for ${p.keyVar ? p.keyVar + ', ' : ''}${p.valueVar} in ${print(p.collection)}}${parts(p.body)}%{endfor}`;
      return '${' + print(p) + '}';
    })
    .join('');
}
