import type { PolicyFunction } from './types.ts';

export const compare: PolicyFunction<{ gt?: number; gte?: number; lt?: number; lte?: number }> = {
  name: 'compare',
  description: 'The value is a number within the bounds given (gt, gte, lt, lte).',
  options: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: { gt: { type: 'number' }, gte: { type: 'number' }, lt: { type: 'number' }, lte: { type: 'number' } },
  },
  evaluate(v, o) {
    if (v === undefined) return false;
    if (v.kind === 'unknown') return 'unknown';
    if (v.kind !== 'scalar' || v.value === null || v.value === '' || typeof v.value === 'boolean') return false;
    const n = Number(v.value);
    if (Number.isNaN(n)) return false;
    return (o.gt === undefined || n > o.gt) && (o.gte === undefined || n >= o.gte) && (o.lt === undefined || n < o.lt) && (o.lte === undefined || n <= o.lte);
  },
};
