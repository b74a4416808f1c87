import type { StringPart } from '../../model/value.ts';
import type { PolicyFunction } from './types.ts';

const cache = new Map<string, RegExp>();

/**
 * Stand-ins for the unknown parts of a partly known string (`arn:aws:iam::${AWS::AccountId}:role/admin`). When
 * the expression gives the same answer whatever stands there, the known text decides; otherwise it is unknown.
 * The words of the expression itself are among the stand-ins, so an unknown part that could spell what the
 * expression looks for (`${BucketName}` against `logs$`) keeps the answer unknown.
 */
const PROBES = ['', 'a', '0', '123456789012', '*', 'x:y/z-1', 'arn:aws:iam::123456789012:root'];
const probesOf = (re: RegExp) => [...PROBES, ...(re.source.match(/[A-Za-z0-9_-]+/g) ?? [])];

export const pattern: PolicyFunction<{ regex: string; flags?: string }> = {
  name: 'pattern',
  description: 'The value, as a string, matches the regular expression `regex` (a partly known string matches when it would whatever its unknown parts are).',
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
    const key = `${o.flags ?? ''}/${o.regex}`;
    let re = cache.get(key);
    if (!re) cache.set(key, (re = new RegExp(o.regex, o.flags)));
    if (v.kind === 'unknown') return v.parts ? decideParts(re, v.parts) : 'unknown';
    if (v.kind !== 'scalar' || v.value === null) return false;
    return re.test(String(v.value));
  },
};

function decideParts(re: RegExp, parts: StringPart[]): boolean | 'unknown' {
  const answers = new Set(probesOf(re).map((probe) => re.test(parts.map((p) => (typeof p === 'string' ? p : probe)).join(''))));
  return answers.size === 1 ? [...answers][0] : 'unknown';
}
