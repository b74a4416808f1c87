import type { PolicyFunction } from './types.ts';
import { looseEquals } from './scalar.ts';

export const equals: PolicyFunction<{ value: unknown; caseInsensitive?: boolean }> = {
  name: 'equals',
  description: 'The value equals `value` (scalars compared as CloudFormation coerces them: "true" equals true).',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['value'],
    properties: { value: { type: ['string', 'number', 'boolean', 'null'] }, caseInsensitive: { type: 'boolean' } },
  },
  evaluate(v, o) {
    if (v === undefined) return false;
    if (v.kind === 'unknown') return 'unknown';
    if (v.kind !== 'scalar') return false;
    return looseEquals(v.value, o.value, o.caseInsensitive);
  },
};
