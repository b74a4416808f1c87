import type { Rule } from '../../engine/rule.ts';
import { documentTarget } from '../../iam/document-target.ts';
import { INLINE_HOLDERS, inlinePolicyOwners } from '../../iam/inline-policy-owners.ts';
import { minimumSize } from '../../iam/policy-size.ts';
import type { Value } from '../../model/value.ts';
import { UnitMemo } from '../../model/unit-memo.ts';
import type { PolicyDocument } from '../../model/model.ts';

/** Sizes of the unit's documents: the inline policies of a principal are summed again for each of them. */
const sizes = new UnitMemo<Value, number>();

/** IAM and AWS Organizations quotas, in characters without whitespace. */
const INLINE_QUOTA = { role: 10240, user: 2048, group: 5120 };
const MANAGED = { quota: 6144, what: 'managed policy' };
const TRUST = { quota: 2048, what: 'role trust policy' };
const SCP = { quota: 5120, what: 'service control policy' };

/** The quota of a document counted on its own; inline policies are counted together per identity instead. */
function ownQuota(d: PolicyDocument): { quota: number; what: string } | undefined {
  if (d.kind === 'trust') return TRUST;
  if (d.kind === 'scp') return SCP;
  if (d.kind !== 'identity') return undefined;
  // A standalone identity policy is most often created with `aws iam create-policy`.
  if (!d.owner || d.owner.type === 'AWS::IAM::ManagedPolicy') return MANAGED;
  return undefined;
}

export const policySize: Rule = {
  meta: {
    id: 'iam/policy-size',
    title: 'Policies fit the size quotas of IAM',
    description:
      'IAM refuses a policy over its size quota, counted in characters without whitespace: 6,144 for a managed policy, 2,048 ' +
      'for a role\'s trust policy (the default, which can be raised to 4,096), and for inline policies 10,240 for all those of ' +
      'a role together, 2,048 for a user\'s and 5,120 for a group\'s (IAM and AWS STS quotas). AWS Organizations allows 5,120 ' +
      'characters for a service control policy. The deployment fails when the policy is created or, worse, on the update that ' +
      'adds one statement too many. Inline policies are summed per role, user or group over its Policies and the ' +
      'AWS::IAM::Policy (RolePolicy...) resources that name it with a Ref. Parts only known at deploy time count only for their ' +
      'known text, so the size reported is a lower bound, and a standalone identity policy is counted as a managed policy.',
    severity: 'error',
    category: 'iam',
    messages: {
      own: 'This {{what}} takes at least {{size}} characters without whitespace; the quota is {{quota}}',
      inline: 'The inline policies of {{kind}} {{principal}} ({{policies}}) take at least {{size}} characters without whitespace together; the quota for a {{kind}} is {{quota}}',
    },
    fix: 'Split the permissions over several managed policies (up to 10 per identity by default, raisable to 20), use wildcards or conditions that say the same in fewer words, or move statements from inline to managed policies.',
    references: {
      urls: [
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length',
        'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html',
      ],
    },
    recommended: true,
    source: 'src/rules/iam/policy-size.ts',
  },
  examples: {
    cloudformation: `AppReadPolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    Roles: [!Ref AppRole]
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Action: [dynamodb:GetItem, dynamodb:Query, s3:GetObject]
          Resource: [!GetAtt OrdersTable.Arn, !Sub '\${DataBucket.Arn}/*']
AppWritePolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    Roles: [!Ref AppRole]
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Action: [dynamodb:PutItem, dynamodb:UpdateItem, s3:PutObject]
          Resource: [!GetAtt OrdersTable.Arn, !Sub '\${DataBucket.Arn}/*']
`,
    terraform: `variable "orders_table_arn" {
  type = string
}

variable "app_role_name" {
  type = string
}

resource "aws_iam_policy" "app_read" {
  name = "app-read"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["dynamodb:GetItem", "dynamodb:Query"], Resource = var.orders_table_arn }]
  })
}

resource "aws_iam_policy" "app_write" {
  name = "app-write"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["dynamodb:PutItem", "dynamodb:UpdateItem"], Resource = var.orders_table_arn }]
  })
}

resource "aws_iam_role_policy_attachment" "app" {
  for_each   = { read = aws_iam_policy.app_read.arn, write = aws_iam_policy.app_write.arn }
  role       = var.app_role_name
  policy_arn = each.value
}
`,
  },
  create(context) {
    return {
      policyDocument(d) {
        const s = context.scenario;
        const sizeOf = (p: PolicyDocument) => {
          const v = p.document(s);
          return v ? sizes.getOrSet(v, () => minimumSize(v)) : 0;
        };
        const own = ownQuota(d);
        const size = sizeOf(d);
        if (own && size > own.quota) context.report({ ...documentTarget(d), messageId: 'own', data: { what: own.what, size, quota: own.quota } });
        for (const principal of inlinePolicyOwners(d, context.unit, s)) {
          const members = context.unit.policies.filter((p) => inlinePolicyOwners(p, context.unit, s).includes(principal));
          // Reported once, on the policy that brings the total over.
          if (members[members.length - 1] !== d) continue;
          const total = members.reduce((n, p) => n + sizeOf(p), 0);
          const kind = INLINE_HOLDERS[context.unit.resources.find((r) => r.id === principal)!.type];
          const quota = INLINE_QUOTA[kind];
          if (total <= quota) continue;
          const related = members.filter((p) => p !== d).map((p) => ({ message: `inline policy ${p.name}`, path: documentTarget(p).path }));
          context.report({ ...documentTarget(d), messageId: 'inline', data: { kind, principal, size: total, policies: members.length === 1 ? '1 policy' : `${members.length} policies`, quota }, related });
        }
      },
    };
  },
};
