import type { Value } from '../model/value.ts';

/** One key tested in a Condition block, with its operator taken apart. */
export interface ConditionEntry {
  /** As written: `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** Without the set qualifier and IfExists: `StringLike`. */
  base: string;
  set?: 'ForAnyValue' | 'ForAllValues';
  ifExists: boolean;
  key: string;
  /** One value or a list of them, as written. */
  value: Value;
}

export interface ConditionEntries {
  entries: ConditionEntry[];
  /** The block, or one of its operators, is only known at deploy time: more keys may be tested. */
  unknown: boolean;
}

/** The keys a Condition block tests; empty for a statement without one. */
export function conditionEntries(condition: Value | undefined): ConditionEntries {
  if (condition === undefined) return { entries: [], unknown: false };
  if (condition.kind === 'unknown') return { entries: [], unknown: true };
  if (condition.kind !== 'object') return { entries: [], unknown: false };
  const entries: ConditionEntry[] = [];
  let unknown = false;
  for (const [operator, block] of condition.entries) {
    if (block.kind === 'unknown') unknown = true;
    if (block.kind !== 'object') continue;
    const m = /^(?:(ForAnyValue|ForAllValues):)?(.*?)(IfExists)?$/.exec(operator)!;
    const set = m[1] as ConditionEntry['set'];
    for (const [key, value] of block.entries) entries.push({ operator, base: m[2], ...(set ? { set } : {}), ifExists: !!m[3], key, value });
  }
  return { entries, unknown };
}

const NEGATED = /^(StringNot|ArnNot|NotIpAddress|NumericNotEquals|DateNotEquals)/;

/**
 * Whether the entry holds only for requests that carry the key with a matching value. A negated operator, a
 * `Null` test, `...IfExists` (true when the key is absent) and `ForAllValues:` (true for an empty or absent key)
 * all let through requests that never matched anything, so none of them restricts who can call.
 */
export function requiresMatch(e: ConditionEntry): boolean {
  return !NEGATED.test(e.base) && e.base !== 'Null' && !e.ifExists && e.set !== 'ForAllValues';
}

/** Operators under which `*` and `?` in a value are wildcards rather than literal characters. */
export function matchesWildcards(e: ConditionEntry): boolean {
  return /^(StringLike|StringNotLike|ArnLike|ArnNotLike|ArnEquals|ArnNotEquals)$/.test(e.base);
}

/** The entries testing `key` (condition keys are case-insensitive). */
export function entriesFor(c: ConditionEntries, key: string | RegExp): ConditionEntry[] {
  return c.entries.filter((e) => (typeof key === 'string' ? e.key.toLowerCase() === key.toLowerCase() : key.test(e.key)));
}

/** The values of an entry: a list's items, or the single value. */
export function entryValues(e: ConditionEntry): Value[] {
  return e.value.kind === 'list' ? e.value.items : [e.value];
}
