import type { CatalogAction } from './catalog.ts';
import { resourceTypeArn, serviceActions, servicePrefixes } from './catalog.ts';
import { expandAction } from './action-pattern.ts';
import { globMatches } from './glob-match.ts';
import type { Target } from './resource-target.ts';
import { targetWitness } from './resource-target.ts';

/**
 * Write and permissions-management actions that can be limited to resources: the ones that should not be
 * allowed on every resource. Actions that support no resource type only accept `*` and are never counted.
 */
export const isScopableWrite = (a: CatalogAction): boolean =>
  a.resourceTypes.length > 0 && a.accessLevels.some((l) => l === 'Write' || l === 'Permissions management') && STAR_IN_PRACTICE.get(a.service)?.has(a.name) !== true;

/**
 * The catalog lists an optional resource type for these, but their ordinary use only works with `*`:
 * cloudwatch:PutMetricData takes a dataset only for the few metrics published to one. By service, then name: the
 * test runs for every action of every service a policy names.
 */
const STAR_IN_PRACTICE = new Map([['cloudwatch', new Set(['PutMetricData'])]]);

const byPattern = new Map<string, CatalogAction[] | null>();

/** The scopable write actions an action pattern matches, permissions management first; null for an unknown service. */
export function writeActionsMatching(glob: string): CatalogAction[] | null {
  let out = byPattern.get(glob);
  if (out !== undefined) return out;
  const colon = glob.indexOf(':');
  const service = colon < 0 ? glob : glob.slice(0, colon);
  const wild = /[*?]/.test(service);
  const services = wild ? servicePrefixes().filter((p) => globMatches(service, p, true)) : [service];
  // One service named in full (most patterns): its actions as expandAction matches them, by name without a
  // regular expression for a name or a prefix; the same actions as the glob over `service:Name`.
  const found =
    !wild && colon > 0
      ? (expandAction(glob) ?? []).filter(isScopableWrite)
      : services.flatMap((p) => (serviceActions(p) ?? []).filter((a) => isScopableWrite(a) && globMatches(glob, a.id, true)));
  out = found.length === 0 && services.every((p) => serviceActions(p) === null) ? null : byPermissions(found);
  byPattern.set(glob, out);
  return out;
}

let all: CatalogAction[] | undefined;
/** Every scopable write action of the catalog; loads every service, so asked only when nothing cheaper answers. */
export function allWriteActions(): CatalogAction[] {
  all ??= byPermissions(servicePrefixes().flatMap((p) => (serviceActions(p) ?? []).filter(isScopableWrite)));
  return all;
}

/**
 * A few actions that show what `*` or a NotAction grants without loading the ~450 services of the catalog: if one
 * of them survives the Denies, the statement is reported with it as an example.
 */
const SAMPLE_NAMES = [
  'iam:PutRolePolicy',
  'iam:CreateAccessKey',
  's3:PutBucketPolicy',
  's3:DeleteBucket',
  'kms:ScheduleKeyDeletion',
  'ec2:TerminateInstances',
  'lambda:UpdateFunctionCode',
  'dynamodb:DeleteTable',
  'rds:DeleteDBInstance',
  'secretsmanager:DeleteSecret',
  'logs:DeleteLogGroup',
  'cloudtrail:StopLogging',
];
let samples: CatalogAction[] | undefined;
export function sampleWriteActions(): CatalogAction[] {
  samples ??= SAMPLE_NAMES.flatMap((n) => {
    const [service, name] = n.split(':');
    return (serviceActions(service) ?? []).filter((a) => a.name === name && isScopableWrite(a));
  });
  return samples;
}

function byPermissions(actions: CatalogAction[]): CatalogAction[] {
  const pm = (a: CatalogAction) => a.accessLevels.includes('Permissions management');
  return [...actions.filter(pm), ...actions.filter((a) => !pm(a))];
}

const targets = new Map<CatalogAction, Target[]>();
/** Witnesses by ARN format: the actions of a service share a few resource types. */
const byFormat = new Map<string, Target | null>();
/** One resource of each type the action can be limited to, for asking whether a Deny covers them all. */
export function actionTargets(a: CatalogAction): Target[] {
  let t = targets.get(a);
  if (!t) {
    t = a.resourceTypes.flatMap((name) => {
      const format = resourceTypeArn(a.service, name);
      if (!format) return [];
      let w = byFormat.get(format);
      if (w === undefined) byFormat.set(format, (w = targetWitness(format.replace(/\$\{[^}]+\}/g, '*'), [])));
      return w ? [w] : [];
    });
    targets.set(a, t);
  }
  return t;
}
