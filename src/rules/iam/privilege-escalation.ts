import type { RuleMeta } from '../../core/rule-meta.ts';
import type { Rule, RuleContext } from '../../engine/rule.ts';
import type { Via } from '../../model/value.ts';
import type { Clause } from '../../iam/clause.ts';
import type { EscalationMethod } from '../../iam/escalation-methods.ts';
import { ESCALATION_METHODS } from '../../iam/escalation-methods.ts';
import type { Escalation, FullAccess } from '../../iam/escalations.ts';
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

function conditionsText(keys: string[]): string {
  return keys.length > 0 ? keys.join(', ') : 'a Deny with a condition';
}

function methodRule(m: EscalationMethod): Rule {
  const meta: RuleMeta = {
    id: `iam/privilege-escalation/${m.id}`,
    title: m.title,
    description: `${m.description} Counted when the principal's statements (all its policies, those of its groups and the AWS managed ones it attaches, less explicit Denies, and within its permissions boundary) allow every action needed on resources they do not name one by one (for a resource the principal makes itself, a new function or instance, one name is enough), or on the principal's own identity and policies where changing them is the escalation.`,
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
            const data = { subject: subject(pe.principal), method: m.method, grants: grantsText(e), conditions: conditionsText(e.conditionKeys) };
            report(ctx, pe.principal, e.grants[0].grant.allowed[0].clause, e.conditional ? 'conditional' : 'escalation', data, relatedOf(e));
          }
        },
      };
    },
  };
}

/** The statements behind full access that comes from every method being open, with the actions each gives. */
function contributions(f: FullAccess): { clause: Clause; actions: string[] }[] {
  const byClause = new Map<Clause, Set<string>>();
  for (const m of f.methods) for (const { grant } of m.grants) for (const a of grant.allowed) byClause.set(a.clause, (byClause.get(a.clause) ?? new Set()).add(a.action));
  return [...byClause].map(([clause, actions]) => ({ clause, actions: [...actions] }));
}

function listed(names: string[], max = 4): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

const fullAdmin: Rule = {
  meta: {
    id: 'iam/privilege-escalation/full-admin',
    title: 'No full administrator access',
    description:
      'An Allow of "*" on "*" (or a NotAction that excludes nothing, or the AWS managed AdministratorAccess) makes the principal an administrator of the account: it can read, change or delete anything, and turn off logging. So do statements that leave every privilege escalation method open (a NotAction of one service, a long list of IAM actions): the principal can give itself "*" on "*" at any time. Reported once per principal instead of one finding per method; when a Deny, a boundary or a resource pattern closes some method, the open ones are reported one by one instead.',
    severity: 'error',
    category: 'iam',
    messages: {
      fullAdmin: '{{subject}} can perform every action on every resource (full administrator access), allowed by {{source}}',
      conditional: '{{subject}} can perform every action on every resource (full administrator access), conditionally ({{conditions}}), allowed by {{source}}',
      effective: '{{subject}} can use every privilege escalation method ({{count}}), which amounts to full administrator access, through {{source}}',
      effectiveConditional: '{{subject}} can use every privilege escalation method ({{count}}), which amounts to full administrator access, conditionally ({{conditions}}), through {{source}}',
    },
    fix: 'Give the principal the actions it needs on the resources it works on. Keep administrator access for break-glass roles assumed by people with MFA, outside of templates that deploy workloads.',
    references: { cfnNag: ['W43'], checkov: ['CKV_AWS_62', 'CKV_AWS_274'], urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege', 'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/'] },
    recommended: true,
    source: 'src/rules/iam/privilege-escalation.ts',
  },
  create(ctx) {
    return {
      unit(u) {
        for (const pe of unitEscalations(u, ctx.scenario)) {
          const f = pe.fullAccess;
          if (!f) continue;
          const conditions = conditionsText(f.conditionKeys);
          const subjectText = subject(pe.principal);
          if (f.clause) {
            const document = f.clause.source.document || 'this policy';
            const source = `${document}${f.clause.statement.sid ? ` (statement ${f.clause.statement.sid})` : ''}`;
            const related = [via(f.clause, 'allows * on *'), ...(f.boundary ? [via(f.boundary, 'the permissions boundary allows * on *')] : [])];
            report(ctx, pe.principal, f.clause, f.conditional ? 'conditional' : 'fullAdmin', { subject: subjectText, source, conditions }, related);
            continue;
          }
          const parts = contributions(f);
          const documents = [...new Set(parts.map((p) => p.clause.source.document || 'this policy'))];
          const related = parts.map((p) => via(p.clause, `allows ${listed(p.actions)}`));
          const data = { subject: subjectText, count: f.methods.length, source: listed(documents, 3), conditions };
          report(ctx, pe.principal, parts[0].clause, f.conditional ? 'effectiveConditional' : 'effective', data, related);
        }
      },
    };
  },
};

/** One rule per escalation method of the table, and one for full administrator access. */
export const PRIVILEGE_ESCALATION_RULES: Rule[] = [...ESCALATION_METHODS.map(methodRule), fullAdmin];
