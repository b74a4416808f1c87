import type { PolicyFunction } from './types.ts';

/** Operators under which a key does not narrow who matches: negations match everyone else, IfExists matches when the key is absent. */
const NOT_NARROWING = /^(ForAllValues:|ForAnyValue:)?(StringNot|ArnNot|NotIpAddress|Null$)|IfExists$/;

/**
 * The Condition block tests one of `keys` (case-insensitive), under any operator — or, with `narrowingOnly`,
 * under an operator that actually restricts who matches. Tells a statement narrowed to an account, an
 * organisation, a source ARN or a VPC endpoint from one that is open.
 */
export const iamConditionHasKey: PolicyFunction<{ keys: string[]; narrowingOnly?: boolean }> = {
  name: 'iam-condition-has-key',
  description: 'The Condition block (at the path) tests one of `keys`; with narrowingOnly, negated operators (StringNotEquals…), IfExists and Null do not count.',
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['keys'],
    properties: { keys: { type: 'array', minItems: 1, items: { type: 'string' } }, narrowingOnly: { type: 'boolean' } },
  },
  evaluate(cond, o) {
    if (cond === undefined) return false;
    if (cond.kind === 'unknown') return 'unknown';
    if (cond.kind !== 'object') return false;
    const wanted = new Set(o.keys.map((k) => k.toLowerCase()));
    let sawUnknown = false;
    for (const [operator, block] of cond.entries) {
      if (o.narrowingOnly && NOT_NARROWING.test(operator)) continue;
      if (block.kind === 'unknown') sawUnknown = true;
      if (block.kind !== 'object') continue;
      for (const key of block.entries.keys()) if (wanted.has(key.toLowerCase())) return true;
    }
    return sawUnknown ? 'unknown' : false;
  },
};
