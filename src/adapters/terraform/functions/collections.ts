import type { Value } from '../../../model/value.ts';
import { plain } from '../../../model/value.ts';
import { canonical, equal, known, toNum, toStr } from '../convert.ts';
import { EvalError } from '../eval-error.ts';
import { isJsonEncoded, isNull, list, object, scalar, unknownAt } from '../values.ts';
import { arity, entries, items, num, str, strict } from './args.ts';
import type { Fn } from './types.ts';

const distinctValues = (vs: Value[]): Value[] => {
  const seen = new Set<string>();
  return vs.filter((v) => {
    const k = canonical(plain(v));
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

/** Collection functions. Lists keep their items' own locations, so a finding on an item points at it. */
export const COLLECTIONS: Record<string, Fn> = {
  length(args, { at, symbol }) {
    arity(args, 1);
    const v = args[0];
    if (isJsonEncoded(v)) {
      const text = toStr(v);
      return text === undefined ? unknownAt(at, symbol) : scalar([...text].length, at);
    }
    if (v.kind === 'list') return scalar(v.items.length, at);
    if (v.kind === 'object') return scalar(v.entries.size, at);
    const s = toStr(v);
    return s === undefined ? unknownAt(at, symbol) : scalar([...s].length, at);
  },
  concat(args, { at, symbol }) {
    const out: Value[] = [];
    for (const a of args) {
      const xs = items(a);
      if (!xs) return unknownAt(at, symbol);
      out.push(...xs);
    }
    return list(out, at);
  },
  merge(args, { at, symbol }) {
    const out = new Map<string, Value>();
    for (const a of args) {
      if (isNull(a)) continue;
      const es = entries(a);
      // An unknown map may hold any key, so any key after it could be overridden.
      if (!es) return unknownAt(at, symbol);
      for (const [k, v] of es) out.set(k, v);
    }
    return object(out, at);
  },
  lookup(args, { at, symbol }) {
    arity(args, 2, 3);
    const es = entries(args[0]);
    const key = toStr(args[1]);
    if (!es || key === undefined) return unknownAt(at, symbol);
    const found = es.get(key);
    if (found) return found;
    if (args.length === 3) return args[2];
    throw new EvalError(`lookup: no key "${key}"`);
  },
  element(args, { at, symbol }) {
    arity(args, 2);
    const xs = items(args[0]);
    const i = toNum(args[1]);
    if (!xs || i === undefined) return unknownAt(at, symbol);
    if (xs.length === 0) throw new EvalError('element: empty list');
    return xs[((Math.floor(i) % xs.length) + xs.length) % xs.length];
  },
  coalesce(args, { at, symbol }) {
    for (const a of args) {
      if (a.kind === 'unknown') return unknownAt(at, symbol);
      if (isNull(a) || (a.kind === 'scalar' && a.value === '')) continue;
      return a;
    }
    throw new EvalError('coalesce: no non-null, non-empty argument');
  },
  coalescelist(args, { at, symbol }) {
    for (const a of args) {
      const xs = items(a);
      if (!xs) return unknownAt(at, symbol);
      if (xs.length > 0) return a;
    }
    throw new EvalError('coalescelist: no non-empty list');
  },
  tolist(args, { at, symbol }) {
    arity(args, 1);
    const xs = items(args[0]);
    return xs ? list(xs, at) : unknownAt(at, symbol);
  },
  toset(args, { at, symbol }) {
    arity(args, 1);
    const xs = items(args[0]);
    if (!xs) return unknownAt(at, symbol);
    if (!xs.every(known)) return unknownAt(at, symbol);
    return list(distinctValues(xs), at);
  },
  tomap(args, { at, symbol }) {
    arity(args, 1);
    const es = entries(args[0]);
    return es ? object(es, at) : unknownAt(at, symbol);
  },
  keys(args, { at, symbol }) {
    arity(args, 1);
    const es = entries(args[0]);
    return es ? list([...es.keys()].sort().map((k) => scalar(k, at)), at) : unknownAt(at, symbol);
  },
  values(args, { at, symbol }) {
    arity(args, 1);
    const es = entries(args[0]);
    return es ? list([...es.keys()].sort().map((k) => es.get(k)!), at) : unknownAt(at, symbol);
  },
  flatten(args, { at, symbol }) {
    arity(args, 1);
    const out: Value[] = [];
    const walk = (v: Value): boolean => {
      if (v.kind === 'unknown') return false;
      if (v.kind !== 'list') return out.push(v), true;
      return v.items.every(walk);
    };
    return walk(args[0]) ? list(out, at) : unknownAt(at, symbol);
  },
  compact(args, { at, symbol }) {
    arity(args, 1);
    const xs = items(args[0]);
    if (!xs || xs.some((x) => x.kind === 'unknown')) return unknownAt(at, symbol);
    return list(
      xs.filter((x) => !isNull(x) && !(x.kind === 'scalar' && x.value === '')),
      at,
    );
  },
  distinct(args, { at, symbol }) {
    arity(args, 1);
    const xs = items(args[0]);
    return xs && xs.every(known) ? list(distinctValues(xs), at) : unknownAt(at, symbol);
  },
  contains(args, { at, symbol }) {
    arity(args, 2);
    const xs = items(args[0]);
    if (!xs) return unknownAt(at, symbol);
    let unsure = false;
    for (const x of xs) {
      const eq = equal(x, args[1]);
      if (eq) return scalar(true, at);
      if (eq === undefined) unsure = true;
    }
    return unsure ? unknownAt(at, symbol) : scalar(false, at);
  },
  one(args, { at, symbol }) {
    arity(args, 1);
    const xs = items(args[0]);
    if (!xs) return unknownAt(at, symbol);
    if (xs.length > 1) throw new EvalError('one: more than one element');
    return xs[0] ?? scalar(null, at);
  },
  slice: strict((args, { at }) => {
    arity(args, 3);
    return list(items(args[0])!.slice(num(args[1]), num(args[2])), at);
  }),
  reverse(args, { at, symbol }) {
    arity(args, 1);
    const xs = items(args[0]);
    return xs ? list([...xs].reverse(), at) : unknownAt(at, symbol);
  },
  index: strict((args, { at }) => {
    arity(args, 2);
    const i = items(args[0])!.findIndex((x) => equal(x, args[1]));
    if (i < 0) throw new EvalError('index: item not found');
    return scalar(i, at);
  }),
  range: strict((args, { at }) => {
    arity(args, 1, 3);
    const [start, end, step] = args.length === 1 ? [0, num(args[0]), 1] : [num(args[0]), num(args[1]), args[2] ? num(args[2]) : 1];
    if (step === 0) throw new EvalError('range: step 0');
    const out: Value[] = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) {
      if (out.length >= 1024) throw new EvalError('range: more than 1024 elements');
      out.push(scalar(i, at));
    }
    return list(out, at);
  }),
  zipmap(args, { at, symbol }) {
    arity(args, 2);
    const ks = items(args[0]);
    const vs = items(args[1]);
    if (!ks || !vs || !ks.every(known)) return unknownAt(at, symbol);
    return object(new Map(ks.map((k, i) => [str(k), vs[i] ?? scalar(null, at)])), at);
  },
  sort: strict((args, { at }) => {
    arity(args, 1);
    return list([...items(args[0])!].sort((a, b) => (str(a) < str(b) ? -1 : str(a) > str(b) ? 1 : 0)), at);
  }),
  setunion(args, ctx) {
    const all = COLLECTIONS.concat(args, ctx);
    return all.kind === 'list' && all.items.every(known) ? list(distinctValues(all.items), ctx.at) : unknownAt(ctx.at, ctx.symbol);
  },
  sum: strict((args, { at }) => scalar(items(args[0])!.reduce((n, x) => n + num(x), 0), at)),
  max: strict((args, { at }) => scalar(Math.max(...args.map(num)), at)),
  min: strict((args, { at }) => scalar(Math.min(...args.map(num)), at)),
  abs: strict((args, { at }) => scalar(Math.abs(num(args[0])), at)),
  ceil: strict((args, { at }) => scalar(Math.ceil(num(args[0])), at)),
  floor: strict((args, { at }) => scalar(Math.floor(num(args[0])), at)),
  alltrue: strict((args, { at }) => scalar(items(args[0])!.every((x) => str(x) === 'true'), at)),
  anytrue: strict((args, { at }) => scalar(items(args[0])!.some((x) => str(x) === 'true'), at)),
};
