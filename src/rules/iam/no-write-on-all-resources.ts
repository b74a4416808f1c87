import type { Rule } from '../../engine/rule.ts';
import type { PolicyDocument } from '../../model/model.ts';
import type { CatalogAction } from '../../iam/catalog.ts';
import type { Clause, Pattern } from '../../iam/clause.ts';
import { clausesOf } from '../../iam/clause.ts';
import { denyApplies } from '../../iam/grants.ts';
import { globMatches } from '../../iam/glob-match.ts';
import { unitPrincipals } from '../../iam/principals.ts';
import { mayCover } from '../../iam/resource-target.ts';
import { actionTargets, allWriteActions, sampleWriteActions, writeActionsMatching } from '../../iam/write-actions.ts';

const MAX_EXAMPLES = 3;

/** What the statement's actions may be, and whether the list is every one of them or a sample. */
interface Candidates {
  actions: CatalogAction[];
  complete: boolean;
}

/** Candidate actions of a pattern, or of everything but a NotAction list; a sample first when the set is huge. */
function candidates(match: (a: CatalogAction) => boolean, glob: string | null, sampleFirst: boolean): () => Candidates[] {
  const full = (): Candidates => ({ actions: (glob !== null ? (writeActionsMatching(glob) ?? []) : allWriteActions()).filter(match), complete: true });
  return () => (sampleFirst ? [{ actions: sampleWriteActions().filter(match), complete: false }, full()] : [full()]);
}

const isWideService = (glob: string) => /[*?]/.test(glob.split(':')[0]);

/** Why an action is not on every resource after all: a Deny of it everywhere, or the NotResource list. */
function survives(a: CatalogAction, allow: Clause, denySets: Clause[][]): 'yes' | 'conditionally' | 'no' {
  const targets = actionTargets(a);
  if (targets.length === 0) return 'no';
  if (allow.resources.except && targets.every((t) => allow.resources.items.some((p) => mayCover(p.glob, t)))) return 'no';
  const name = `${a.service}:${a.name}`;
  let best: 'yes' | 'conditionally' | 'no' = 'no';
  for (const denies of denySets) {
    const applying = denies.filter((d) => targets.every((t) => denyApplies(d, name, t)));
    if (applying.some((d) => ['none', 'unknown'].includes(d.verdict().effect))) continue;
    if (applying.length === 0) return 'yes';
    best = 'conditionally';
  }
  return best;
}

export const noWriteOnAllResources: Rule = {
  meta: {
    id: 'iam/no-write-on-all-resources',
    title: 'Identity policies scope write and permissions actions to resources',
    description:
      'A statement that allows a write or permissions-management action on Resource "*" (or on everything but a NotResource list) lets the principal change every resource of that kind in the account (every bucket, table, queue, role or key), not just the ones the workload owns, so one compromised function can destroy or expose data it never used. The actions concerned are those that IAM can limit to resources (per AWS\'s Service Authorization Reference); actions that only accept "*", such as ec2:DescribeInstances, s3:ListAllMyBuckets, sts:GetCallerIdentity or xray:PutTraceSegments, are fine on "*". NotAction is read for what it allows; an action that an explicit Deny removes everywhere (in the same policy, or in the other policies of every identity it is attached to) is not reported, and a Deny with a condition makes the finding conditional. Statements whose condition can never hold are not reported. Deny statements are not concerned.',
    severity: 'warning',
    category: 'iam',
    messages: {
      violation: '{{resource}} allows {{action}} on every resource ({{scope}}){{examples}}, though it can be limited to specific resources',
      conditional: '{{resource}} allows {{action}} on every resource ({{scope}}){{examples}}, conditionally ({{conditions}}), though it can be limited to specific resources',
    },
    fix: 'Replace "*" in Resource with the ARNs of the resources the principal works on (!GetAtt Table.Arn, !Sub arn:aws:s3:::${Bucket}/*), or move the actions that only accept "*" into a statement of their own.',
    references: { wellArchitected: ['SEC03'], checkov: ['CKV_AWS_290', 'CKV_AWS_355'], cfnNag: ['W11', 'W12', 'W13'], parliament: ['RESOURCE_STAR'] },
    recommended: true,
    source: 'src/rules/iam/no-write-on-all-resources.ts',
  },
  create(ctx) {
    return {
      policyDocument(d: PolicyDocument) {
        if (d.kind !== 'identity') return;
        const own = clausesOf(d.document(ctx.scenario), d.owner ? d.name : '', d.file);
        const holders = unitPrincipals(ctx.unit, ctx.scenario).filter((p) => p.documents.has(d) && !p.boundaryUnknown);
        // The statement reaches every resource for an identity unless a Deny of that identity removes it.
        const denySets = (holders.length > 0 ? holders.map((p) => [...p.permissions.clauses, ...(p.permissions.boundary ?? [])]) : [own]).map((cs) => cs.filter((c) => c.effect === 'Deny' && c.verdict().effect !== 'unusable'));
        for (const allow of own) {
          if (allow.effect !== 'Allow') continue;
          const verdict = allow.verdict();
          if (verdict.effect === 'unusable' || verdict.effect === 'unknown') continue;
          const everywhere = allow.resources.except || allow.resources.items.some((p) => p.glob === '*');
          if (!everywhere) continue;
          const scope = allow.resources.except ? `NotResource ${allow.resources.items.map((p) => p.text).join(', ')}` : 'Resource "*"';
          const subjects: { text: string; path: Pattern['value']['path']; exact: boolean; sets: () => Candidates[] }[] = allow.actions.except
            ? [
                {
                  text: `every action except ${allow.actions.items.map((p) => p.text).join(', ')}`,
                  path: allow.statement.notAction!.value.path,
                  exact: false,
                  sets: candidates((a) => !allow.actions.items.some((p) => globMatches(p.glob, `${a.service}:${a.name}`, true)), null, true),
                },
              ]
            : allow.actions.items.map((p) => ({
                text: p.text,
                path: p.value.path,
                exact: !/[*?]/.test(p.glob),
                sets: candidates(() => true, p.glob, isWideService(p.glob)),
              }));
          for (const s of subjects) {
            let found: { yes: CatalogAction[]; conditionally: CatalogAction[]; complete: boolean } | undefined;
            for (const set of s.sets()) {
              const yes: CatalogAction[] = [];
              const conditionally: CatalogAction[] = [];
              for (const a of set.actions) {
                const r = survives(a, allow, denySets);
                if (r === 'yes') yes.push(a);
                else if (r === 'conditionally') conditionally.push(a);
              }
              if (yes.length + conditionally.length > 0) {
                found = { yes, conditionally, complete: set.complete };
                break;
              }
            }
            if (!found) continue;
            const shown = found.yes.length > 0 ? found.yes : found.conditionally;
            const names = shown.slice(0, MAX_EXAMPLES).map((a) => `${a.service}:${a.name}`);
            const more = shown.length - names.length;
            const examples = s.exact ? '' : `, including ${names.join(', ')}${found.complete ? (more > 0 ? ` and ${more} more` : '') : ' among others'}`;
            const conditional = verdict.effect === 'narrowing' || found.yes.length === 0;
            const conditions = [...verdict.keys, ...(found.yes.length === 0 ? ['a Deny with a condition'] : [])].join(', ');
            ctx.report({
              messageId: conditional ? 'conditional' : 'violation',
              data: { resource: d.owner?.id ?? d.name, action: s.text, scope, examples, conditions },
              path: s.path,
              file: d.file,
              resource: d.owner?.id ?? null,
            });
          }
        }
      },
    };
  },
};
