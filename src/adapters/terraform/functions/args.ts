import type { Value } from '../../../model/value.ts';
import { describe, known, toNum, toStr } from '../convert.ts';
import { EvalError } from '../eval-error.ts';
import { isJsonEncoded, unknownAt } from '../values.ts';
import type { Fn, FnContext } from './types.ts';

/** A function that needs every argument fully known; otherwise its result is unknown. */
export const strict =
  (f: (args: Value[], ctx: FnContext) => Value): Fn =>
  (args, ctx) =>
    args.every(known) ? f(args, ctx) : unknownAt(ctx.at, ctx.symbol);

export function arity(args: Value[], min: number, max = min): void {
  if (args.length < min || args.length > max) throw new EvalError(`expects ${min === max ? min : `${min} to ${max}`} arguments, got ${args.length}`);
}

/** Items of a list (or set, or tuple); undefined when unknown. */
export function items(v: Value): Value[] | undefined {
  if (v.kind === 'unknown') return undefined;
  if (isJsonEncoded(v)) throw new EvalError('a list is required, not a string');
  if (v.kind === 'list') return v.items;
  throw new EvalError(`a list is required, not ${describe(v)}`);
}

export function entries(v: Value): Map<string, Value> | undefined {
  if (v.kind === 'unknown') return undefined;
  if (isJsonEncoded(v)) throw new EvalError('a map is required, not a string');
  if (v.kind === 'object') return v.entries;
  throw new EvalError(`a map is required, not ${describe(v)}`);
}

export const str = (v: Value): string => {
  const s = toStr(v);
  if (s === undefined) throw new EvalError('unknown string');
  return s;
};

export const num = (v: Value): number => {
  const n = toNum(v);
  if (n === undefined) throw new EvalError('unknown number');
  return n;
};
