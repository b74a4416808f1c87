import type { Value } from '../../model/value.ts';
import type { Expr } from '../../parse/hcl-ast.ts';
import { printExpr } from './print.ts';
import type { Scope } from './scope.ts';

/**
 * The branch taken on an unknown condition, asked of the scenario. The choice is named after the condition
 * (module-qualified), so every conditional on `var.use_kms` in a module takes the same branch in one scenario. A
 * reference is named by its value's symbol, which says where it leads (`module.a.var.x` passed from `var.y` is
 * `var.y`).
 */
export function chooseBranch(cond: Value, expr: Expr, sc: Scope): boolean {
  const reference = expr.kind === 'variable' || expr.kind === 'getattr' || expr.kind === 'index';
  const what = reference && cond.kind === 'unknown' && !cond.parts ? cond.symbol : sc.mod.prefix + printExpr(expr);
  return sc.s.choose(`terraform:${what}`, [`${what} is true`, `${what} is false`]) === 0;
}
