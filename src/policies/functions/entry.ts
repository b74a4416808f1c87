import type { PolicyFunction } from './types.ts';
import { looseEquals } from './scalar.ts';

/**
 * Maps keyed by names that paths cannot spell (`rds.force_ssl` in a parameter group's Parameters, a tag or an
 * environment variable with dots): the map at the path has the entry `key`, with one of `values` when given.
 */
export const entry: PolicyFunction<{ key: string; values?: unknown[]; caseInsensitive?: boolean }> = {
  name: 'entry',
  description: 'The map (object) at the path has an entry named `key` (exactly), whose value is one of `values` when they are given.',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['key'],
    properties: {
      key: { type: 'string', minLength: 1 },
      values: { type: 'array', minItems: 1, items: { type: ['string', 'number', 'boolean', 'null'] } },
      caseInsensitive: { type: 'boolean' },
    },
  },
  evaluate(v, o) {
    if (v === undefined) return false;
    if (v.kind === 'unknown') return 'unknown';
    if (v.kind !== 'object') return false;
    const item = v.entries.get(o.key);
    if (item === undefined) return false;
    if (!o.values) return true;
    if (item.kind === 'unknown') return 'unknown';
    if (item.kind !== 'scalar') return false;
    return o.values.some((x) => looseEquals(item.value, x, o.caseInsensitive));
  },
};
