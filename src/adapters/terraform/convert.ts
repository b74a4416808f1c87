import type { StringPart, Value, Via } from '../../model/value.ts';
import { plain } from '../../model/value.ts';
import { EvalError } from './eval-error.ts';
import type { At } from './values.ts';
import { isJsonEncoded, scalar, unknownAt } from './values.ts';

/** Terraform's automatic conversions of primitive values; undefined when unknown, EvalError when impossible. */
export function toBool(v: Value): boolean | undefined {
  if (v.kind === 'unknown') return undefined;
  if (v.kind === 'scalar') {
    if (typeof v.value === 'boolean') return v.value;
    if (v.value === 'true') return true;
    if (v.value === 'false') return false;
  }
  throw new EvalError(`a bool is required, not ${describe(v)}`);
}

export function toNum(v: Value): number | undefined {
  if (v.kind === 'unknown') return undefined;
  if (v.kind === 'scalar') {
    if (typeof v.value === 'number') return v.value;
    if (typeof v.value === 'string' && v.value.trim() !== '' && !Number.isNaN(Number(v.value))) return Number(v.value);
  }
  throw new EvalError(`a number is required, not ${describe(v)}`);
}

/** The text of a value; JSON for a jsonencode() result. Undefined when not fully known. */
export function toStr(v: Value): string | undefined {
  if (v.kind === 'unknown') return undefined;
  if (isJsonEncoded(v)) {
    const js = plain(v);
    return js === undefined ? undefined : JSON.stringify(js);
  }
  if (v.kind === 'scalar') {
    if (v.value === null) throw new EvalError('a string is required, not null');
    return String(v.value);
  }
  throw new EvalError(`a string is required, not ${describe(v)}`);
}

/** A string value as known text and deploy-time symbols, as Fn::Sub keeps it. */
export function stringParts(v: Value): StringPart[] {
  if (v.kind === 'unknown') return v.parts ?? [{ symbol: v.symbol }];
  const s = toStr(v);
  return s === undefined ? [{ symbol: 'jsonencode(…)' }] : [s];
}

/** A string from parts: known when every part is text, else unknown with the parts. */
export function fromParts(parts: StringPart[], at: At, symbol: string, via: Via[]): Value {
  const merged: StringPart[] = [];
  for (const p of parts) {
    const prev = merged[merged.length - 1];
    if (typeof p === 'string' && typeof prev === 'string') merged[merged.length - 1] = prev + p;
    else if (p !== '') merged.push(p);
  }
  if (merged.every((p) => typeof p === 'string')) return scalar(merged.join(''), at, via);
  return unknownAt(at, symbol, merged, via);
}

/** Elements of a collection with their keys: list indexes, or object keys in Terraform's (lexical) order. */
export function elements(v: Value): [string | number, Value][] | undefined {
  if (v.kind === 'unknown') return undefined;
  if (v.kind === 'list') return v.items.map((item, i) => [i, item]);
  if (v.kind === 'object') return [...v.entries.keys()].sort().map((k) => [k, v.entries.get(k)!]);
  if (v.kind === 'scalar' && v.value === null) throw new EvalError('cannot iterate over null');
  throw new EvalError(`cannot iterate over ${describe(v)}`);
}

export function describe(v: Value): string {
  if (v.kind === 'scalar') return v.value === null ? 'null' : typeof v.value;
  return v.kind === 'list' ? 'a list' : v.kind === 'object' ? 'an object' : 'an unknown value';
}

/** Deep equality of fully known values; undefined when either side is not fully known. */
export function equal(a: Value, b: Value): boolean | undefined {
  const x = isJsonEncoded(a) ? toStr(a) : plain(a);
  const y = isJsonEncoded(b) ? toStr(b) : plain(b);
  if (x === undefined || y === undefined) return undefined;
  return canonical(x) === canonical(y);
}

/** JSON with object keys sorted, so equal maps compare equal whatever order they were written in. */
export function canonical(x: unknown): string {
  if (Array.isArray(x)) return '[' + x.map(canonical).join(',') + ']';
  if (x !== null && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    return '{' + Object.keys(o).sort().map((k) => JSON.stringify(k) + ':' + canonical(o[k])).join(',') + '}';
  }
  return JSON.stringify(x);
}

/** Whether a value is fully known, down to every item. */
export const known = (v: Value): boolean => plain(v) !== undefined;
