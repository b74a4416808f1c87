import type { Value } from '../../model/value.ts';
import type { BinaryExpr, Expr, UnaryExpr } from '../../parse/hcl-ast.ts';
import { equal, toBool, toNum } from './convert.ts';
import { EvalError } from './eval-error.ts';
import { printExpr } from './print.ts';
import type { Scope } from './scope.ts';
import { atOf, deeper } from './scope.ts';
import { scalar, unknownAt } from './values.ts';

type Evaluate = (e: Expr, sc: Scope) => Value;

/** Unary and binary operators; `&&` and `||` decide on one known side when it settles the result. */
export function operate(e: UnaryExpr | BinaryExpr, sc: Scope, evaluate: Evaluate): Value {
  const at = atOf(e, sc);
  const unknown = () => unknownAt(at, printExpr(e));
  if (e.kind === 'unary') {
    const v = evaluate(e.operand, deeper(sc));
    if (e.op === '!') {
      const b = toBool(v);
      return b === undefined ? unknown() : scalar(!b, at);
    }
    const n = toNum(v);
    return n === undefined ? unknown() : scalar(-n, at);
  }
  const left = evaluate(e.left, deeper(sc));
  if (e.op === '&&' || e.op === '||') {
    const settles = e.op === '||';
    const l = toBool(left);
    if (l === settles) return scalar(settles, at);
    const r = toBool(evaluate(e.right, deeper(sc)));
    if (r === settles) return scalar(settles, at);
    return l === undefined || r === undefined ? unknown() : scalar(!settles, at);
  }
  const right = evaluate(e.right, deeper(sc));
  if (e.op === '==' || e.op === '!=') {
    const eq = equal(left, right);
    return eq === undefined ? unknown() : scalar(e.op === '==' ? eq : !eq, at);
  }
  const a = toNum(left);
  const b = toNum(right);
  if (a === undefined || b === undefined) return unknown();
  switch (e.op) {
    case '+':
      return scalar(a + b, at);
    case '-':
      return scalar(a - b, at);
    case '*':
      return scalar(a * b, at);
    case '/':
      if (b === 0) throw new EvalError('division by zero');
      return scalar(a / b, at);
    case '%':
      if (b === 0) throw new EvalError('division by zero');
      return scalar(a % b, at);
    case '<':
      return scalar(a < b, at);
    case '<=':
      return scalar(a <= b, at);
    case '>':
      return scalar(a > b, at);
    case '>=':
      return scalar(a >= b, at);
  }
}
