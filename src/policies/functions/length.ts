import type { PolicyFunction } from './types.ts';

export const length: PolicyFunction<{ min?: number; max?: number }> = {
  name: 'length',
  description: 'The list (or string) has between min and max items (characters).',
  options: { type: 'object', additionalProperties: false, minProperties: 1, properties: { min: { type: 'integer' }, max: { type: 'integer' } } },
  evaluate(v, o) {
    if (v === undefined) return false;
    if (v.kind === 'unknown' || (v.kind === 'list' && v.items.some((i) => i.kind === 'unknown'))) return 'unknown';
    const n = v.kind === 'list' ? v.items.length : v.kind === 'scalar' ? String(v.value ?? '').length : v.entries.size;
    return (o.min === undefined || n >= o.min) && (o.max === undefined || n <= o.max);
  },
};
