import { parseCidr } from '../../net/cidr.ts';
import type { PolicyFunction } from './types.ts';

export const cidrWorld: PolicyFunction = {
  name: 'cidr-world',
  description: 'The value is a CIDR block that covers every address (0.0.0.0/0, ::/0).',
  options: { type: 'object', additionalProperties: false },
  evaluate(v) {
    if (v === undefined) return false;
    if (v.kind === 'unknown') return 'unknown';
    if (v.kind !== 'scalar' || typeof v.value !== 'string') return false;
    return parseCidr(v.value)?.prefix === 0;
  },
};
