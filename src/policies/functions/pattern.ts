import type { PolicyFunction } from './types.ts';

const cache = new Map<string, RegExp>();

export const pattern: PolicyFunction<{ regex: string; flags?: string }> = {
  name: 'pattern',
  description: 'The value, as a string, matches the regular expression `regex`.',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['regex'],
    properties: { regex: { type: 'string' }, flags: { type: 'string', pattern: '^[imsu]*$' } },
  },
  checkOptions(o) {
    try {
      new RegExp(o.regex, o.flags);
      return [];
    } catch (e) {
      return [`regex does not compile: ${(e as Error).message}`];
    }
  },
  evaluate(v, o) {
    if (v === undefined) return false;
    if (v.kind === 'unknown') return 'unknown';
    if (v.kind !== 'scalar' || v.value === null) return false;
    const key = `${o.flags ?? ''}/${o.regex}`;
    let re = cache.get(key);
    if (!re) cache.set(key, (re = new RegExp(o.regex, o.flags)));
    return re.test(String(v.value));
  },
};
