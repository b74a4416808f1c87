import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { allBranches } from './all-branches.ts';
import { toNum, toStr } from './convert.ts';
import { EvalError } from './eval-error.ts';
import type { Keys } from './groups.ts';

/**
 * The instances of a block with `count` or `for_each`, over every branch of the conditionals they depend on:
 * `count = var.create ? 1 : 0` with `var.create` unknown gives instance [0], linted as the branch that creates
 * it. When no branch gives a known collection, one instance stands for all, its key unknown.
 */
export function expandKeys(meta: 'count' | 'for_each', evaluate: (s: Scenario) => Value): Keys {
  const runs = allBranches((s) => {
    try {
      return meta === 'count' ? countOf(evaluate(s)) : keysOf(evaluate(s));
    } catch (err) {
      if (err instanceof EvalError) return undefined;
      throw err;
    }
  });
  const known = runs.filter((r) => r !== undefined);
  if (known.length === 0) return { kind: 'unknown', meta };
  if (meta === 'count') {
    const n = Math.max(...(known as number[]));
    return { kind: 'count', indices: Array.from({ length: n }, (_, i) => i) };
  }
  const keys = new Set<string>();
  for (const r of known as string[][]) for (const k of r) keys.add(k);
  return { kind: 'for_each', keys: [...keys].sort() };
}

/** More instances than any real configuration makes: such a count is taken as unknown rather than listed. */
const MAX_INSTANCES = 10_000;

function countOf(v: Value): number | undefined {
  const n = toNum(v);
  if (n === undefined || n > MAX_INSTANCES) return undefined;
  if (n < 0 || !Number.isInteger(n)) throw new EvalError(`invalid count ${n}`);
  return n;
}

/** A map's keys, or a set of strings' elements. */
export function keysOf(v: Value): string[] | undefined {
  if (v.kind === 'unknown') return undefined;
  if (v.kind === 'object') return v.entries.size > MAX_INSTANCES ? undefined : [...v.entries.keys()];
  if (v.kind === 'list') {
    if (v.items.length > MAX_INSTANCES) return undefined;
    const out: string[] = [];
    for (const item of v.items) {
      const s = toStr(item);
      if (s === undefined) return undefined;
      out.push(s);
    }
    return out;
  }
  throw new EvalError('for_each needs a map or a set of strings');
}

/** `each.value` for a key: the map's value, or for a set the element itself. */
export function eachValueOf(v: Value, key: string): Value | undefined {
  if (v.kind === 'object') return v.entries.get(key);
  if (v.kind === 'list') return v.items.find((item) => item.kind === 'scalar' && String(item.value) === key);
  return undefined;
}
