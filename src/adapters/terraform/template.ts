import type { StringPart, Value, Via } from '../../model/value.ts';
import type { Expr, TemplateExpr, TemplatePart } from '../../parse/hcl-ast.ts';
import { chooseBranch } from './choice.ts';
import { elements, fromParts, stringParts, toBool } from './convert.ts';
import { printExpr } from './print.ts';
import type { Scope } from './scope.ts';
import { atOf, deeper, withVars } from './scope.ts';

type Evaluate = (e: Expr, sc: Scope) => Value;

/**
 * A string template: known text and, for what is unknown, symbols (`logs-${var.env}` with var.env unknown keeps
 * `logs-` known). A template that is one interpolation alone (`"${var.tags}"`) is that value, not its text.
 */
export function evalTemplate(e: TemplateExpr, sc: Scope, evaluate: Evaluate): Value {
  const only = e.parts.length === 1 ? e.parts[0] : undefined;
  if (only !== undefined && typeof only !== 'string' && only.kind !== 'template-if' && only.kind !== 'template-for') return evaluate(only, deeper(sc));
  const parts: StringPart[] = [];
  const via: Via[] = [];
  render(e.parts, sc, evaluate, parts, via);
  return fromParts(parts, atOf(e, sc), printExpr(e), via);
}

function render(ps: TemplatePart[], sc: Scope, evaluate: Evaluate, out: StringPart[], via: Via[]): void {
  for (const p of ps) {
    if (typeof p === 'string') out.push(p);
    else if (p.kind === 'template-if') {
      const cond = evaluate(p.cond, deeper(sc));
      const b = toBool(cond) ?? chooseBranch(cond, p.cond, sc);
      render(b ? p.then : p.else, sc, evaluate, out, via);
    } else if (p.kind === 'template-for') {
      const els = elements(evaluate(p.collection, deeper(sc)));
      if (!els) {
        out.push({ symbol: `for ${p.valueVar} in ${printExpr(p.collection)}` });
        continue;
      }
      for (const [k, v] of els) {
        const add: Record<string, Value> = { [p.valueVar]: v };
        if (p.keyVar) add[p.keyVar] = { kind: 'scalar', value: k, path: p.collection.path, file: sc.file.path };
        render(p.body, withVars(sc, add), evaluate, out, via);
      }
    } else {
      const v = evaluate(p, deeper(sc));
      if (v.via) via.push(...v.via);
      out.push(...stringParts(v));
    }
  }
}
