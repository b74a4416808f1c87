import { includesPublic, parseCidr } from '../../net/cidr.ts';
import type { PolicyFunction } from './types.ts';

export const cidrPublic: PolicyFunction<{ maxPrefix?: number }> = {
  name: 'cidr-public',
  description: 'The value is a CIDR block that includes internet-routable addresses (optionally: at least as wide as /maxPrefix).',
  options: { type: 'object', additionalProperties: false, properties: { maxPrefix: { type: 'integer', minimum: 0, maximum: 128 } } },
  evaluate(v, o) {
    if (v === undefined) return false;
    if (v.kind === 'unknown') return 'unknown';
    if (v.kind !== 'scalar' || typeof v.value !== 'string') return false;
    const c = parseCidr(v.value);
    if (!c) return false;
    return includesPublic(c) && (o.maxPrefix === undefined || c.prefix <= o.maxPrefix);
  },
};
