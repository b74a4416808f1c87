import type { Value } from '../model/value.ts';
import { parseCidr } from '../net/cidr.ts';
import type { ConditionEntry } from './condition-entries.ts';
import { conditionEntries, entryValues, matchesWildcards, requiresMatch } from './condition-entries.ts';

export type Truth = true | false | 'unknown';

/**
 * Condition keys that restrict who can call to callers the policy's author controls or chose: an organisation,
 * an account, a source resource, a network. Keys a caller sets for itself (aws:Referer, aws:UserAgent,
 * aws:PrincipalTag/…, sts:ExternalId, aws:username, which any account can create) or that say nothing about the
 * caller (aws:SecureTransport, lambda:FunctionUrlAuthType) do not narrow anything.
 */
export const NARROWING_KEYS = [
  'aws:SourceArn',
  'aws:SourceAccount',
  'aws:SourceOwner',
  'aws:SourceOrgID',
  'aws:SourceOrgPaths',
  'aws:PrincipalOrgID',
  'aws:PrincipalOrgPaths',
  'aws:PrincipalAccount',
  'aws:PrincipalArn',
  'aws:SourceVpce',
  'aws:SourceVpc',
  'aws:SourceIp',
  'aws:VpcSourceIp',
  'aws:userid',
  'kms:CallerAccount',
  'kms:ViaService',
  's3:DataAccessPointAccount',
  's3:DataAccessPointArn',
] as const;

const BY_LOWER = new Map(NARROWING_KEYS.map((k) => [k.toLowerCase(), k]));
const ARN_KEYS = new Set(['aws:SourceArn', 'aws:PrincipalArn', 's3:DataAccessPointArn']);
const IP_KEYS = new Set(['aws:SourceIp', 'aws:VpcSourceIp']);
/** Keys whose value is a path or `id:session` whose first part identifies the caller. */
const PREFIXED_KEYS: Record<string, RegExp> = { 'aws:userid': /:/, 'aws:PrincipalOrgPaths': /\//, 'aws:SourceOrgPaths': /\// };

/**
 * Whether a Condition block restricts the callers of a statement to known ones. True when one narrowing key is
 * required to match values that are not wildcards for everyone (`*`, `arn:aws:iam::*:role/x`, `0.0.0.0/0`);
 * unknown when that depends on deploy-time values, so that no finding is made from them.
 */
export function narrowsCallers(condition: Value | undefined): Truth {
  const c = conditionEntries(condition);
  let result: Truth = c.unknown ? 'unknown' : false;
  for (const e of c.entries) {
    const key = BY_LOWER.get(e.key.toLowerCase());
    if (!key || !requiresMatch(e)) continue;
    const t = entryNarrows(key, e);
    if (t === true) return true;
    if (t === 'unknown') result = 'unknown';
  }
  return result;
}

/**
 * Whether the values of an entry on a narrowing key name specific callers, whatever its operator (a Deny uses
 * the negated operators to fence everyone else out); false for a key that does not narrow.
 */
export function valuesNarrow(e: ConditionEntry): Truth {
  const key = BY_LOWER.get(e.key.toLowerCase());
  return key ? entryNarrows(key, e) : false;
}

function entryNarrows(key: string, e: ConditionEntry): Truth {
  // Any value of a list may match, so one open value opens the whole entry.
  let result: Truth = true;
  for (const v of entryValues(e)) {
    const t = valueNarrows(key, v, matchesWildcards(e));
    if (t === false) return false;
    if (t === 'unknown') result = 'unknown';
  }
  return result;
}

function valueNarrows(key: string, v: Value, wildcards: boolean): Truth {
  // A deploy-time value (an account id, an ARN from GetAtt) names a specific caller as far as we can tell.
  if (v.kind === 'unknown') return 'unknown';
  if (v.kind !== 'scalar') return false;
  const text = String(v.value);
  if (IP_KEYS.has(key)) {
    const cidr = parseCidr(text);
    return cidr === undefined ? true : cidr.prefix > 0;
  }
  if (!wildcards || !/[*?]/.test(text)) return text !== '';
  if (/^[*?]+$/.test(text)) return false;
  if (ARN_KEYS.has(key)) return arnNarrows(text);
  const separator = PREFIXED_KEYS[key];
  if (separator) {
    const head = text.split(separator)[0];
    return head !== '' && !/[*?]/.test(head) && separator.test(text);
  }
  // An account, organisation, VPC or endpoint id with a wildcard in it matches ids that other people own.
  return false;
}

/**
 * An ARN pattern narrows when it pins an account (or, for S3, which has none in its ARNs, a bucket name): each
 * ARN part is matched separately, so `arn:aws:sns:*:*:alerts` admits a topic named alerts in any account.
 */
function arnNarrows(text: string): boolean {
  const parts = text.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return !/^[*?]/.test(text);
  const account = parts[4];
  const resource = parts.slice(5).join(':');
  if (account !== '') return !/[*?]/.test(account);
  return resource !== '' && !/^[*?]/.test(resource);
}
