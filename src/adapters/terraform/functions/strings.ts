import type { StringPart, Value, Via } from '../../../model/value.ts';
import { fromParts, stringParts, toBool, toNum, toStr } from '../convert.ts';
import { EvalError } from '../eval-error.ts';
import { list, scalar, unknownAt } from '../values.ts';
import { arity, items, num, str, strict } from './args.ts';
import type { Fn } from './types.ts';

const viaOf = (vs: Value[]): Via[] => vs.flatMap((v) => v.via ?? []);

/** `format`'s verbs on one argument; a width or precision is applied to known numbers and strings alike. */
function formatOne(verb: string, flags: string, v: Value): StringPart[] {
  if (verb === 's' || verb === 'v') return stringParts(v);
  const s = toStr(v);
  if (s === undefined) return stringParts(v);
  switch (verb) {
    case 'q':
      return [JSON.stringify(s)];
    case 'd':
      return [String(Math.trunc(num(v)))];
    case 'f': {
      const p = /\.(\d+)/.exec(flags);
      return [num(v).toFixed(p ? Number(p[1]) : 6)];
    }
    case 't':
      return [String(toBool(v))];
    case 'x':
      return [Math.trunc(num(v)).toString(16)];
  }
  throw new EvalError(`format: unsupported verb %${verb}`);
}

function format(spec: string, args: Value[]): StringPart[] {
  const parts: StringPart[] = [];
  let next = 0;
  let last = 0;
  for (const m of spec.matchAll(/%([-+# 0]*[\d.]*)([a-zA-Z%])/g)) {
    parts.push(spec.slice(last, m.index));
    last = m.index! + m[0].length;
    if (m[2] === '%') {
      parts.push('%');
      continue;
    }
    const arg = args[next++];
    if (!arg) throw new EvalError('format: not enough arguments');
    parts.push(...formatOne(m[2], m[1], arg));
  }
  parts.push(spec.slice(last));
  return parts;
}

const textOnly = (f: (s: string, args: Value[]) => string | number | boolean): Fn =>
  strict((args, { at }) => scalar(f(str(args[0]), args), at));

export const STRINGS: Record<string, Fn> = {
  format(args, { at, symbol }) {
    const spec = toStr(args[0]);
    if (spec === undefined) return unknownAt(at, symbol);
    return fromParts(format(spec, args.slice(1)), at, symbol, viaOf(args));
  },
  formatlist(args, { at, symbol }) {
    const spec = toStr(args[0]);
    const lists = args.slice(1).map((a) => (a.kind === 'list' ? a.items : undefined));
    if (spec === undefined || args.slice(1).some((a) => a.kind === 'unknown')) return unknownAt(at, symbol);
    const n = Math.max(0, ...lists.map((l) => l?.length ?? 0));
    const rows: Value[] = [];
    for (let i = 0; i < n; i++) rows.push(fromParts(format(spec, args.slice(1).map((a, j) => lists[j]?.[i] ?? a)), at, symbol, []));
    return list(rows, at);
  },
  join(args, { at, symbol }) {
    arity(args, 2);
    const sep = toStr(args[0]);
    const xs = items(args[1]);
    if (sep === undefined || !xs) return unknownAt(at, symbol);
    const parts: StringPart[] = [];
    xs.forEach((x, i) => {
      if (i > 0) parts.push(sep);
      parts.push(...stringParts(x));
    });
    return fromParts(parts, at, symbol, viaOf(xs));
  },
  split: strict((args, { at }) => {
    arity(args, 2);
    return list(
      str(args[1])
        .split(str(args[0]))
        .map((s) => scalar(s, at)),
      at,
    );
  }),
  lower: textOnly((s) => s.toLowerCase()),
  upper: textOnly((s) => s.toUpperCase()),
  title: textOnly((s) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase())),
  trimspace: textOnly((s) => s.trim()),
  chomp: textOnly((s) => s.replace(/(\r\n|\n|\r)+$/, '')),
  trimprefix: textOnly((s, a) => (s.startsWith(str(a[1])) ? s.slice(str(a[1]).length) : s)),
  trimsuffix: textOnly((s, a) => (str(a[1]) && s.endsWith(str(a[1])) ? s.slice(0, -str(a[1]).length) : s)),
  trim: textOnly((s, a) => {
    const cut = new Set(str(a[1]));
    let i = 0;
    let j = s.length;
    while (i < j && cut.has(s[i])) i++;
    while (j > i && cut.has(s[j - 1])) j--;
    return s.slice(i, j);
  }),
  startswith: textOnly((s, a) => s.startsWith(str(a[1]))),
  endswith: textOnly((s, a) => s.endsWith(str(a[1]))),
  strcontains: textOnly((s, a) => s.includes(str(a[1]))),
  strrev: textOnly((s) => [...s].reverse().join('')),
  substr: textOnly((s, a) => {
    const chars = [...s];
    const offset = num(a[1]);
    const length = num(a[2]);
    const start = offset < 0 ? chars.length + offset : offset;
    return chars.slice(start, length < 0 ? undefined : start + length).join('');
  }),
  replace: textOnly((s, a) => {
    const search = str(a[1]);
    const repl = str(a[2]);
    const re = /^\/(.*)\/$/s.exec(search);
    // Terraform's regex syntax (RE2) is mostly a subset of JavaScript's; `$1` references read the same.
    return re ? s.replace(new RegExp(re[1], 'g'), repl.replace(/\$\{(\w+)\}/g, '$<$1>')) : s.split(search).join(repl);
  }),
  tostring(args, { at, symbol }) {
    arity(args, 1);
    const v = args[0];
    if (v.kind === 'unknown') return v;
    if (v.kind === 'scalar' && v.value === null) return v;
    const s = toStr(v);
    return s === undefined ? unknownAt(at, symbol) : scalar(s, at, v.via);
  },
  tonumber(args, { at, symbol }) {
    arity(args, 1);
    const v = args[0];
    if (v.kind === 'scalar' && v.value === null) return v;
    const n = toNum(v);
    return n === undefined ? unknownAt(at, symbol) : scalar(n, at, v.via);
  },
  tobool(args, { at, symbol }) {
    arity(args, 1);
    const v = args[0];
    if (v.kind === 'scalar' && v.value === null) return v;
    const b = toBool(v);
    return b === undefined ? unknownAt(at, symbol) : scalar(b, at, v.via);
  },
};
