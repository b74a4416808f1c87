import type { PolicyFunction } from './types.ts';
import { looseEquals } from './scalar.ts';

export const inList: PolicyFunction<{ values: unknown[]; caseInsensitive?: boolean }> = {
  name: 'in',
  description: 'The value is one of `values`.',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['values'],
    properties: { values: { type: 'array', minItems: 1, items: { type: ['string', 'number', 'boolean', 'null'] } }, caseInsensitive: { type: 'boolean' } },
  },
  evaluate(v, o) {
    if (v === undefined) return false;
    if (v.kind === 'unknown') return 'unknown';
    if (v.kind !== 'scalar') return false;
    return o.values.some((x) => looseEquals(v.value, x, o.caseInsensitive));
  },
};
