import type { Rule } from '../../engine/rule.ts';
import type { PolicyDocument } from '../../model/model.ts';
import { clausesOf } from '../../iam/clause.ts';
import { unitPrincipals } from '../../iam/principals.ts';
import type { WriteOnEveryResource } from '../../iam/write-on-every-resource.ts';
import { writesOnEveryResource } from '../../iam/write-on-every-resource.ts';

const MAX_EXAMPLES = 3;

/** `, including a, b, c and 12 more` for a pattern; nothing for an action named in full. */
function examples(w: WriteOnEveryResource): string {
  if (w.exact) return '';
  const shown = w.always.length > 0 ? w.always : w.conditionally;
  const names = shown.slice(0, MAX_EXAMPLES).map((a) => a.id);
  const more = shown.length - names.length;
  return `, including ${names.join(', ')}${w.complete ? (more > 0 ? ` and ${more} more` : '') : ' among others'}`;
}

/** `a`, `a and b`, `a, b, c and 4 more`: the elements of one statement, as written. */
function listed(ws: WriteOnEveryResource[]): string {
  const names = ws.slice(0, MAX_EXAMPLES).map((w) => w.text);
  const more = ws.length - names.length;
  if (more > 0) return `${names.join(', ')} and ${more} more`;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export const noWriteOnAllResources: Rule = {
  meta: {
    id: 'iam/no-write-on-all-resources',
    title: 'Identity policies scope write and permissions actions to resources',
    description:
      'A statement that allows a write or permissions-management action on Resource "*" (or on everything but a NotResource list) lets the principal change every resource of that kind in the account (every bucket, table, queue, role or key), not just the ones the workload owns, so one compromised function can destroy or expose data it never used. The actions concerned are those that IAM can limit to resources (per AWS\'s Service Authorization Reference); actions that only accept "*", such as ec2:DescribeInstances, s3:ListAllMyBuckets, sts:GetCallerIdentity, xray:PutTraceSegments or cloudwatch:PutMetricData, are fine on "*". NotAction is read for what it allows; an action that an explicit Deny removes everywhere (in the same policy, or in the other policies of every identity it is attached to) is not reported, and a Deny with a condition makes the finding conditional. One finding per statement, at its first such action, the others being related locations. Statements whose condition can never hold are not reported, nor an Action of "*" (every action of every service, which iam/no-wildcard-action and iam/privilege-escalation/full-admin report). Deny statements are not concerned.',
    severity: 'warning',
    category: 'iam',
    messages: {
      violation: '{{resource}} allows {{action}} on every resource ({{scope}}){{examples}}, though {{pronoun}} can be limited to specific resources',
      conditional: '{{resource}} allows {{action}} on every resource ({{scope}}){{examples}}, conditionally ({{conditions}}), though {{pronoun}} can be limited to specific resources',
    },
    fix: 'Replace "*" in Resource with the ARNs of the resources the principal works on (!GetAtt Table.Arn, !Sub arn:aws:s3:::${Bucket}/*), or move the actions that only accept "*" into a statement of their own.',
    references: { wellArchitected: ['SEC03'], checkov: ['CKV_AWS_290', 'CKV_AWS_355'], cfnNag: ['W11', 'W12', 'W13'], parliament: ['RESOURCE_STAR'] },
    recommended: true,
    source: 'src/rules/iam/no-write-on-all-resources.ts',
  },
  examples: {
    cloudformation: `WorkerPolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Action: [sqs:ReceiveMessage, sqs:DeleteMessage]
          Resource: !GetAtt JobsQueue.Arn
        - Effect: Allow
          Action: [ec2:DescribeInstances, xray:PutTraceSegments]
          Resource: '*'
`,
    terraform: `resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_iam_policy" "worker" {
  name = "worker"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
        Resource = aws_sqs_queue.jobs.arn
      },
      {
        Effect   = "Allow"
        Action   = ["ec2:DescribeInstances", "xray:PutTraceSegments"]
        Resource = "*"
      },
    ]
  })
}
`,
  },
  create(ctx) {
    return {
      policyDocument(d: PolicyDocument) {
        if (d.kind !== 'identity') return;
        const own = clausesOf(d.document(ctx.scenario), d.owner ? d.name : '', d.file);
        const holders = unitPrincipals(ctx.unit, ctx.scenario).filter((p) => p.documents.has(d) && !p.boundaryUnknown);
        // The statement reaches every resource for an identity unless a Deny of that identity removes it.
        const denySets = (holders.length > 0 ? holders.map((p) => [...p.permissions.clauses, ...(p.permissions.boundary ?? [])]) : [own]).map((cs) =>
          cs.filter((c) => c.effect === 'Deny' && c.verdict().effect !== 'unusable'),
        );
        for (const allow of own) {
          // One finding per statement (and per kind: whatever the Denies' conditions, or only when they do not
          // hold), at its first element; the others are related locations. A statement listing ten ENI and load
          // balancer actions on "*" is one thing to fix, not ten.
          const verdict = allow.verdict();
          const found = writesOnEveryResource(allow, denySets);
          const scope = allow.resources.except ? `NotResource ${allow.resources.items.map((p) => p.text).join(', ')}` : 'Resource "*"';
          for (const group of [found.filter((w) => w.always.length > 0), found.filter((w) => w.always.length === 0)]) {
            if (group.length === 0) continue;
            const denied = group[0].always.length === 0;
            const conditional = verdict.effect === 'narrowing' || denied;
            const conditions = [...verdict.keys, ...(denied ? ['a Deny with a condition'] : [])].join(', ');
            ctx.report({
              messageId: conditional ? 'conditional' : 'violation',
              data: { resource: d.owner?.id ?? d.name, action: listed(group), scope, examples: group.length === 1 ? examples(group[0]) : '', conditions, pronoun: group.length === 1 ? 'it' : 'they' },
              path: group[0].path,
              file: d.file,
              resource: d.owner?.id ?? null,
              ...(group.length > 1 ? { related: group.slice(1).map((w) => ({ message: `${w.text}${examples(w)}, in the same statement`, path: w.path, ...(d.file ? { file: d.file } : {}) })) } : {}),
            });
          }
        }
      },
    };
  },
};
