import type { Value } from '../model/value.ts';

/** One key under one operator of a Condition block, with the values that carry their locations. */
export interface ConditionItem {
  operator: string;
  key: string;
  /** The key's value: one value or a list. */
  value: Value;
}

/** The operators of a Condition block with their values, and every key under them; nothing for an unknown block. */
export function conditionItems(condition: Value | undefined): { operators: { operator: string; block: Value }[]; items: ConditionItem[] } {
  if (condition?.kind !== 'object') return { operators: [], items: [] };
  const operators = [...condition.entries].map(([operator, block]) => ({ operator, block }));
  const items = operators.flatMap(({ operator, block }) => (block.kind === 'object' ? [...block.entries].map(([key, value]) => ({ operator, key, value })) : []));
  return { operators, items };
}

/** The known scalar values of a key (a list's items, or the single value). */
export function scalarValues(v: Value): { value: string | number | boolean | null; at: Value }[] {
  const all = v.kind === 'list' ? v.items : [v];
  return all.flatMap((at) => (at.kind === 'scalar' ? [{ value: at.value, at }] : []));
}
