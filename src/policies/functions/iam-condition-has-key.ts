import type { PolicyFunction } from './types.ts';

/**
 * The Condition block tests one of `keys` (case-insensitive), under any operator. Used to tell a statement that
 * is narrowed (to an account, an organisation, a source ARN or VPC endpoint) from one that is open.
 */
export const iamConditionHasKey: PolicyFunction<{ keys: string[] }> = {
  name: 'iam-condition-has-key',
  description: 'The Condition block (at the path) tests one of `keys`, under any operator.',
  options: { type: 'object', additionalProperties: false, required: ['keys'], properties: { keys: { type: 'array', minItems: 1, items: { type: 'string' } } } },
  evaluate(cond, o) {
    if (cond === undefined) return false;
    if (cond.kind === 'unknown') return 'unknown';
    if (cond.kind !== 'object') return false;
    const wanted = new Set(o.keys.map((k) => k.toLowerCase()));
    let sawUnknown = false;
    for (const block of cond.entries.values()) {
      if (block.kind === 'unknown') sawUnknown = true;
      if (block.kind !== 'object') continue;
      for (const key of block.entries.keys()) if (wanted.has(key.toLowerCase())) return true;
    }
    return sawUnknown ? 'unknown' : false;
  },
};
