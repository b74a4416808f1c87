import type { Value } from '../../model/value.ts';
import type { PolicyFunction, Truth } from './types.ts';
import { itemsOf } from './scalar.ts';

/** `*`, or an AWS principal of `*` (alone or in a list): anyone, authenticated to any account or not. */
export const iamPrincipalPublic: PolicyFunction = {
  name: 'iam-principal-public',
  description: 'The Principal is everyone: "*" or {"AWS": "*"} (also within a list).',
  options: { type: 'object', additionalProperties: false },
  evaluate(v) {
    if (v === undefined) return false;
    if (v.kind === 'unknown') return 'unknown';
    if (v.kind === 'scalar') return v.value === '*';
    if (v.kind !== 'object') return false;
    const aws = v.entries.get('AWS');
    return aws === undefined ? false : anyStar(aws);
  },
};

function anyStar(v: Value): Truth {
  let sawUnknown = false;
  for (const i of itemsOf(v)) {
    if (i.kind === 'unknown') sawUnknown = true;
    else if (i.kind === 'scalar' && i.value === '*') return true;
  }
  return sawUnknown ? 'unknown' : false;
}
