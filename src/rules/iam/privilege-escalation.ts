import type { RuleMeta } from '../../core/rule-meta.ts';
import type { Rule, RuleContext } from '../../engine/rule.ts';
import type { Via } from '../../model/value.ts';
import type { Clause } from '../../iam/clause.ts';
import type { EscalationMethod } from '../../iam/escalation-methods.ts';
import { ESCALATION_METHODS } from '../../iam/escalation-methods.ts';
import type { Escalation, PrincipalEscalations } from '../../iam/escalations.ts';
import { unitEscalations } from '../../iam/escalations.ts';
import type { Allowed } from '../../iam/grants.ts';
import type { Principal } from '../../iam/principals.ts';

const FIX =
  'Grant the actions only on the resources the principal must reach, named one by one (a role it passes, a function it deploys), never on a wildcard that also covers more privileged ones; or deny them with a Deny statement, or a permissions boundary that does not allow them. Conditions that an attacker cannot meet (iam:PassedToService for the one service that needs the role, iam:PolicyARN for the policies that may be attached) also close the path.';

/** Who the finding is about, as the subject of its message. */
function subject(p: Principal): string {
  switch (p.kind) {
    case 'role':
      return `Role ${p.name}`;
    case 'user':
      return `User ${p.name}`;
    case 'group':
      return `Members of group ${p.name}`;
    case 'policy':
      return p.resource ? `A principal with ${p.name}` : 'A principal with this policy';
  }
}

function via(c: Clause, message: string): Via {
  const prefix = c.source.document.startsWith('AWS managed policy') ? `${c.source.document}: ` : '';
  return { message: prefix + message, path: c.source.path, ...(c.source.file ? { file: c.source.file } : {}) };
}

function relatedOf(e: Escalation): Via[] {
  const out: Via[] = [];
  const add = (v: Via) => {
    if (!out.some((x) => x.message === v.message && JSON.stringify(x.path) === JSON.stringify(v.path) && x.file === v.file)) out.push(v);
  };
  for (const { grant } of e.grants) {
    for (const a of grant.allowed) add(via(a.clause, `allows ${a.action} on ${a.resource}`));
    for (const a of grant.boundary) add(via(a.clause, `the permissions boundary allows ${a.action} on ${a.resource}`));
    for (const d of grant.conditionalDenies) add(via(d.clause, `denies ${d.action} only when its condition holds`));
  }
  return out;
}

function grantsText(e: Escalation): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  const add = (a: Allowed) => {
    const t = `${a.action} on ${a.resource}`;
    if (!seen.has(t)) parts.push(t);
    seen.add(t);
  };
  for (const { grant } of e.grants) grant.allowed.forEach(add);
  return parts.join(', ');
}

/** Where a finding about the principal points: its resource's logical id, or the first statement that counts. */
function report(ctx: RuleContext, p: Principal, first: Clause, messageId: string, data: Record<string, unknown>, related: Via[]) {
  if (p.resource) ctx.report({ messageId, data, path: p.resource.path, file: p.resource.file, resource: p.resource.id, key: true, related });
  else ctx.report({ messageId, data, path: first.source.path, file: p.file, resource: null, related });
}

function conditions(keys: string[]): string {
  return keys.length > 0 ? keys.join(', ') : 'a Deny with a condition';
}

function methodRule(m: EscalationMethod): Rule {
  const meta: RuleMeta = {
    id: `iam/privilege-escalation/${m.id}`,
    title: m.title,
    description: `${m.description} Counted when the principal's statements (all its policies, its groups' and the AWS managed ones it attaches, less explicit Denies and outside its permissions boundary) allow every action needed on resources they do not name one by one, or on the principal's own identity and policies where changing them is the escalation.`,
    severity: 'error',
    category: 'iam',
    messages: {
      escalation: '{{subject}} can escalate privileges by {{method}}: {{grants}}',
      conditional: '{{subject}} can escalate privileges by {{method}}, conditionally ({{conditions}}): {{grants}}',
    },
    fix: FIX,
    references: {
      ...(m.references.parliament ? { parliament: m.references.parliament } : {}),
      checkov: ['CKV_AWS_286'],
      // cfn_nag's PassRole rules flag iam:PassRole on "*" whatever else the principal can do.
      ...(m.id.startsWith('pass-role-') ? { cfnNag: ['F38', 'F39', 'F40'] } : {}),
      urls: m.references.urls,
    },
    recommended: true,
    source: 'src/rules/iam/privilege-escalation.ts',
  };
  return {
    meta,
    create(ctx) {
      return {
        unit(u) {
          for (const pe of unitEscalations(u, ctx.scenario)) {
            const e = pe.methods.find((x) => x.method === m);
            if (!e) continue;
            const data = { subject: subject(pe.principal), method: m.method, grants: grantsText(e), conditions: conditions(e.conditionKeys) };
            report(ctx, pe.principal, e.grants[0].grant.allowed[0].clause, e.conditional ? 'conditional' : 'escalation', data, relatedOf(e));
          }
        },
      };
    },
  };
}

const fullAdmin: Rule = {
  meta: {
    id: 'iam/privilege-escalation/full-admin',
    title: 'No full administrator access',
    description:
      'An Allow of "*" on "*" (or a NotAction that excludes nothing, or the AWS managed AdministratorAccess) makes the principal an administrator of the account: every escalation method is open to it, and it can read, change or delete anything, and turn off logging. Reported once per principal instead of one finding per method; a Deny that closes some escalation method makes the remaining methods reported one by one instead.',
    severity: 'error',
    category: 'iam',
    messages: {
      fullAdmin: '{{subject}} can perform every action on every resource (full administrator access), allowed by {{source}}',
      conditional: '{{subject}} can perform every action on every resource (full administrator access), conditionally ({{conditions}}), allowed by {{source}}',
    },
    fix: 'Give the principal the actions it needs on the resources it works on. Keep administrator access for break-glass roles assumed by people with MFA, outside of templates that deploy workloads.',
    references: { cfnNag: ['W43'], checkov: ['CKV_AWS_62', 'CKV_AWS_274'], urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'] },
    recommended: true,
    source: 'src/rules/iam/privilege-escalation.ts',
  },
  create(ctx) {
    return {
      unit(u) {
        for (const pe of unitEscalations(u, ctx.scenario) as PrincipalEscalations[]) {
          const f = pe.fullAccess;
          if (!f) continue;
          const document = f.clause.source.document || 'this policy';
          const source = `${document}${f.clause.statement.sid ? ` (statement ${f.clause.statement.sid})` : ''}`;
          const data = { subject: subject(pe.principal), source, conditions: conditions(f.conditionKeys) };
          const related = [via(f.clause, 'allows * on *'), ...(f.boundary ? [via(f.boundary, 'the permissions boundary allows * on *')] : [])];
          report(ctx, pe.principal, f.clause, f.conditional ? 'conditional' : 'fullAdmin', data, related);
        }
      },
    };
  },
};

/** One rule per escalation method of the table, and one for full administrator access. */
export const PRIVILEGE_ESCALATION_RULES: Rule[] = [...ESCALATION_METHODS.map(methodRule), fullAdmin];
