import type { Value } from '../../../model/value.ts';
import type { CallExpr, Expr } from '../../../parse/hcl-ast.ts';
import { EvalError } from '../eval-error.ts';
import { printExpr } from '../print.ts';
import type { Scope } from '../scope.ts';
import { atOf, deeper } from '../scope.ts';
import { scalar, unknownAt } from '../values.ts';
import { COLLECTIONS } from './collections.ts';
import { ENCODING } from './encoding.ts';
import { FILES } from './files.ts';
import { NETWORK } from './network.ts';
import { STRINGS } from './strings.ts';
import type { Fn } from './types.ts';

const FUNCTIONS: Record<string, Fn> = { ...COLLECTIONS, ...STRINGS, ...ENCODING, ...FILES, ...NETWORK };

type Evaluate = (e: Expr, sc: Scope) => Value;

/**
 * Calls a function. `try` and `can` see their arguments unevaluated, to catch what would fail; a function this
 * evaluator does not know gives an unknown value, never an error.
 */
export function callFunction(e: CallExpr, sc: Scope, evaluate: Evaluate): Value {
  const at = atOf(e, sc);
  const symbol = printExpr(e);
  if (e.name === 'try') {
    for (const arg of e.args) {
      try {
        return evaluate(arg, deeper(sc));
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
      }
    }
    throw new EvalError('try: no argument could be evaluated');
  }
  if (e.name === 'can') {
    try {
      const v = evaluate(e.args[0], deeper(sc));
      return v.kind === 'unknown' ? unknownAt(at, symbol) : scalar(true, at);
    } catch (err) {
      if (err instanceof EvalError) return scalar(false, at);
      throw err;
    }
  }
  const fn = Object.hasOwn(FUNCTIONS, e.name) ? FUNCTIONS[e.name] : undefined;
  if (!fn) return unknownAt(at, symbol);
  const args = e.args.map((a) => evaluate(a, deeper(sc)));
  if (e.expand) {
    const last = args.pop();
    if (last?.kind === 'unknown') return unknownAt(at, symbol);
    if (last?.kind !== 'list') throw new EvalError(`${e.name}: only a list can be expanded with ...`);
    args.push(...last.items);
  }
  try {
    return fn(args, { at, sc, symbol, evaluate });
  } catch (err) {
    if (err instanceof EvalError) throw new EvalError(`${e.name}: ${err.message.replace(new RegExp(`^${e.name}: `), '')}`);
    throw err;
  }
}
