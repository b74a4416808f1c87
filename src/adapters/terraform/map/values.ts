import type { Path } from '../../../core/range.ts';
import type { ListValue, ObjectValue, ScalarValue, Value } from '../../../model/value.ts';

/** Where a synthesized value stands: the Terraform node it was derived from. */
export interface Place {
  path: Path;
  file?: string;
}

export const placeOf = (v: { path: Path; file?: string }): Place => ({ path: v.path, ...(v.file !== undefined ? { file: v.file } : {}) });

/**
 * An attribute of a Terraform object. Terraform treats null as "not set", so a null is absent here: a policy
 * that asks whether a property exists must not find one that the configuration left out.
 */
export function attr(v: Value | undefined, name: string): Value | undefined {
  if (v?.kind !== 'object') return undefined;
  const a = v.entries.get(name);
  return a?.kind === 'scalar' && a.value === null ? undefined : a;
}

/**
 * The items of a nested block (`rule { … }` evaluates to a list of objects, as in .tf.json). A single object
 * counts as one item; an unknown value (a `dynamic` block over an unknown collection) is returned as it is.
 */
export function blockItems(v: Value | undefined): Value[] | Value | undefined {
  if (v === undefined) return undefined;
  if (v.kind === 'unknown') return v;
  if (v.kind === 'list') return v.items;
  return [v];
}

export function object(entries: Iterable<[string, Value]>, at: Place): ObjectValue {
  return { kind: 'object', entries: new Map(entries), ...at };
}

export function list(items: Value[], at: Place): ListValue {
  return { kind: 'list', items, ...at };
}

export function scalar(value: ScalarValue['value'], at: Place): ScalarValue {
  return { kind: 'scalar', value, ...at };
}

/** The same value with another known content, keeping where it was written and where it came from. */
export function withValue(v: Value, value: ScalarValue['value']): ScalarValue {
  return { kind: 'scalar', value, path: v.path, ...(v.file !== undefined ? { file: v.file } : {}), ...(v.via ? { via: v.via } : {}) };
}

/** The items of a list attribute; a single value counts as a list of one, an unknown list stays unknown. */
export function itemsOf(v: Value | undefined): Value[] | Value | undefined {
  if (v === undefined) return undefined;
  if (v.kind === 'list') return v.items;
  if (v.kind === 'unknown') return v;
  return [v];
}

/** A copy of an object value with some entries set (a merge never changes the evaluator's values in place). */
export function withEntries(o: ObjectValue, entries: Iterable<[string, Value]>): ObjectValue {
  const copy = new Map(o.entries);
  for (const [k, v] of entries) copy.set(k, v);
  return { ...o, entries: copy };
}
