import type { Path } from '../../core/range.ts';
import type { ListValue, ObjectValue, StringPart, UnknownValue, Value, Via } from '../../model/value.ts';

/** Where a value stands: the path of its node and the file of the document (always known when evaluating). */
export interface At {
  path: Path;
  file?: string;
}

export const scalar = (value: string | number | boolean | null, at: At, via?: Via[]): Value => ({
  kind: 'scalar',
  value,
  path: at.path,
  file: at.file,
  ...(via && via.length > 0 ? { via } : {}),
});

export const list = (items: Value[], at: At): ListValue => ({ kind: 'list', items, path: at.path, file: at.file });

export const object = (entries: Map<string, Value>, at: At): ObjectValue => ({ kind: 'object', entries, path: at.path, file: at.file });

export function unknownAt(at: At, symbol: string, parts?: StringPart[], via?: Via[]): UnknownValue {
  return { kind: 'unknown', symbol, path: at.path, file: at.file, ...(parts ? { parts } : {}), ...(via && via.length > 0 ? { via } : {}) };
}

/**
 * Values that are JSON text in Terraform's eyes (`jsonencode(…)`, a policy document's `json`) but kept as
 * structure, so a policy's statements keep their own locations. Anything that needs the text serialises them.
 */
const ENCODED = new WeakSet<Value>();
/** Values whose inner parts keep their own locations when referenced from elsewhere (a policy document's json). */
const ANCHORED = new WeakSet<Value>();

export const markEncoded = <T extends Value>(v: T): T => (ENCODED.add(v), v);
export const isJsonEncoded = (v: Value): boolean => ENCODED.has(v);
export const markAnchored = <T extends Value>(v: T): T => (ANCHORED.add(v), v);

/** Objects standing for a resource instance: an attribute not configured is computed (unknown), not an error. */
const openSymbols = new WeakMap<Value, string>();
/** Marks an object as a resource instance named `symbol`: reading an attribute it lacks gives `symbol.attr`. */
export const markOpen = <T extends Value>(v: T, symbol: string): T => (openSymbols.set(v, symbol), v);
export const openSymbol = (v: Value): string | undefined => openSymbols.get(v);

/** `to` with the marks of `from` (JSON-encoded, anchored, open): for a value rebuilt elsewhere. */
export function carryMarks(from: Value, to: Value): Value {
  if (ENCODED.has(from)) ENCODED.add(to);
  if (ANCHORED.has(from)) ANCHORED.add(to);
  const open = openSymbols.get(from);
  if (open) openSymbols.set(to, open);
  return to;
}

/**
 * A value read through a reference (a variable, a local, another resource's attribute), moved to where it is
 * used: findings point at the use, and `via` says where the value came from. An anchored value moves only its
 * top: its parts keep pointing at their source.
 */
export function rebase(v: Value, at: At, via: Via | undefined): Value {
  const vias = via ? [via, ...(v.via ?? [])] : v.via;
  const top = { path: at.path, file: at.file, ...(vias && vias.length > 0 ? { via: vias } : {}) };
  const deep = !ANCHORED.has(v);
  let out: Value;
  switch (v.kind) {
    case 'scalar':
      out = { kind: 'scalar', value: v.value, ...top };
      break;
    case 'unknown':
      out = { kind: 'unknown', symbol: v.symbol, ...(v.parts ? { parts: v.parts } : {}), ...top };
      break;
    case 'list':
      out = { kind: 'list', items: deep ? v.items.map((i) => rebase(i, at, via)) : v.items, ...top };
      break;
    case 'object': {
      const entries = deep ? new Map([...v.entries].map(([k, i]) => [k, rebase(i, at, via)])) : v.entries;
      out = { kind: 'object', entries, ...top };
      break;
    }
  }
  return carryMarks(v, out);
}

/** The same value at another place, parts untouched (a conditional's chosen branch, a function's argument). */
export function moveTop(v: Value, at: At): Value {
  return carryMarks(v, { ...v, path: at.path, file: at.file } as Value);
}

export const isNull = (v: Value | undefined): boolean => v?.kind === 'scalar' && v.value === null;
