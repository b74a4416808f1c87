import type { Value } from '../model/value.ts';

const SAME = '\u0001';
const OTHER = '\u0002';

/**
 * The account an AWS principal names: a 12-digit id, or the account part of an iam/sts ARN (root, role, user,
 * assumed role). `same` for the stack's own account (`${AWS::AccountId}`), `unknown` when the account is only
 * known at deploy time, undefined for anything that names no account (`*`, a CloudFront identity).
 */
export function principalAccount(v: Value): string | 'same' | 'unknown' | undefined {
  if (v.kind === 'scalar') {
    const text = String(v.value);
    if (/^\d{12}$/.test(text)) return text;
    return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(text)?.[1];
  }
  if (v.kind !== 'unknown') return undefined;
  if (!v.parts) return v.symbol === 'AWS::AccountId' ? 'same' : 'unknown';
  // Each deploy-time part becomes one colon-free character, so the ARN still splits on its colons.
  const text = v.parts.map((p) => (typeof p === 'string' ? p : p.symbol === 'AWS::AccountId' ? SAME : OTHER)).join('');
  const account = /^(?:arn:[^:]*:(?:iam|sts)::)?([^:]*)(?::|$)/.exec(text)?.[1] ?? '';
  if (account === SAME) return 'same';
  if (/^\d{12}$/.test(account)) return account;
  return 'unknown';
}
