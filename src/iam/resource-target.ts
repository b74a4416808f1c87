import { FILLER, globWitness } from './glob-witness.ts';
import { globMatches } from './glob-match.ts';

/**
 * A resource a grant can be shown to reach: `*` itself (the only resource of actions that support no resource
 * type), or an ARN built to match every pattern involved, with FILLER where the patterns leave the name free.
 * `opaque` marks a resource only known by reference (the principal's own role): its name is unknown, so a
 * pattern may cover it (for a Deny) as soon as it covers some resource of its class.
 */
export type Target = { kind: 'star' } | { kind: 'arn'; fields: ArnFields; cls: ArnFields; opaque: boolean };

export interface ArnFields {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/**
 * The six fields of an ARN or ARN pattern (the resource keeps any further colons); null for anything else.
 * IAM matches wildcards field by field, which is why `arn:aws:iam::*:role/*` does not reach an S3 bucket.
 */
const splitCache = new Map<string, ArnFields | null>();

export function splitArn(text: string): ArnFields | null {
  let f = splitCache.get(text);
  if (f === undefined) {
    f = split(text);
    splitCache.set(text, f);
  }
  return f;
}

function split(text: string): ArnFields | null {
  if (text === '*') return { partition: '*', service: '*', region: '*', account: '*', resource: '*' };
  const parts = text.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return null;
  return { partition: parts[1], service: parts[2], region: parts[3], account: parts[4], resource: parts.slice(5).join(':') };
}

/**
 * Accounts are not compared: a policy acts in its own account, whatever digits or variable name it, except for
 * `aws`, the namespace of AWS managed policies that no customer can change. Resources without an account (S3
 * buckets) only match an empty or wildcard account.
 */
function accountFits(pattern: string, cls: string): boolean {
  if (cls === '') return globMatches(pattern, '', false);
  return pattern !== 'aws' && pattern !== '';
}

/**
 * A resource of the class (an ARN pattern such as `arn:*:iam::*:role/*`, or `*` for actions without resource
 * types) that every pattern covers, or null when they cannot meet.
 */
export function targetWitness(cls: string, patterns: string[]): Target | null {
  if (cls === '*') return patterns.every((p) => globMatches(p, '*', false)) ? { kind: 'star' } : null;
  const c = splitArn(cls);
  if (!c) return null;
  const ps: ArnFields[] = [];
  for (const p of patterns) {
    const f = splitArn(p);
    if (!f || !globMatches(f.service, c.service, true) || !accountFits(f.account, c.account)) return null;
    ps.push(f);
  }
  const region = globWitness([c.region, ...ps.map((p) => p.region)]);
  const resource = globWitness([c.resource, ...ps.map((p) => p.resource)]);
  if (region === null || resource === null) return null;
  return { kind: 'arn', fields: { partition: 'aws', service: c.service, region, account: c.account, resource }, cls: c, opaque: false };
}

/** A resource of the class known only by reference: the principal's own role, user, group or policy. */
export function opaqueTarget(cls: string): Target | null {
  const t = targetWitness(cls, []);
  return t && t.kind === 'arn' ? { ...t, opaque: true } : null;
}

/**
 * Whether the target lies in the names the patterns leave free (a grant on named resources only does not): the
 * part of the resource that the class's first wildcard stands for, its name (`stack/<name>/<id>`), holds FILLER.
 */
export function isOpenTarget(t: Target): boolean {
  if (t.kind === 'star' || t.opaque) return true;
  const cls = t.cls.resource;
  const star = cls.indexOf('*');
  if (star < 0) return false;
  const after = cls[star + 1];
  const rest = t.fields.resource.slice(star);
  const end = after === undefined || after === '*' ? -1 : rest.indexOf(after);
  return (end < 0 ? rest : rest.slice(0, end)).includes(FILLER);
}

/** Whether the pattern surely covers the target. */
export function surelyCovers(pattern: string, t: Target): boolean {
  if (t.kind === 'star') return globMatches(pattern, '*', false);
  if (pattern === '*') return true;
  const p = splitArn(pattern);
  if (!p) return globMatches(pattern, render(t.fields), false);
  return (
    globMatches(p.service, t.fields.service, true) &&
    accountFits(p.account, t.cls.account) &&
    globMatches(p.region, t.fields.region, false) &&
    globMatches(p.resource, t.fields.resource, false)
  );
}

/** Whether the pattern may cover the target: for an opaque target, whether it covers any resource of its class. */
export function mayCover(pattern: string, t: Target): boolean {
  if (t.kind === 'arn' && t.opaque) {
    if (pattern === '*') return true;
    const p = splitArn(pattern);
    // A pattern that is no ARN may still match the unknown name as a whole string.
    if (!p) return true;
    return (
      globMatches(p.service, t.fields.service, true) &&
      accountFits(p.account, t.cls.account) &&
      globWitness([t.cls.region, p.region]) !== null &&
      globWitness([t.cls.resource, p.resource]) !== null
    );
  }
  return surelyCovers(pattern, t);
}

function render(f: ArnFields): string {
  return `arn:${f.partition}:${f.service}:${f.region}:${f.account === '' ? '' : '123456789012'}:${f.resource}`;
}
