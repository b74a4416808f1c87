import type { Rule } from '../../engine/rule.ts';
import type { Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

/** Where each resource type attaches policies to users: the property, and the message that says so. */
const USER_POLICIES: Record<string, [property: string, messageId: string][]> = {
  'AWS::IAM::User': [
    ['Policies', 'inline'],
    ['ManagedPolicyArns', 'managed'],
  ],
  'AWS::IAM::Policy': [['Users', 'attached']],
  'AWS::IAM::ManagedPolicy': [['Users', 'attached']],
};

/**
 * Terraform attachments to users: merged into the user they name when the configuration defines it (then reported
 * on the user's ManagedPolicyArns), reported here when it names users defined elsewhere.
 */
const TERRAFORM_USER_ATTACHMENTS: Record<string, string> = { aws_iam_user_policy_attachment: 'user', aws_iam_policy_attachment: 'users' };

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::IAM::UserPolicy', ...Object.keys(TERRAFORM_USER_ATTACHMENTS), ...Object.keys(USER_POLICIES)]);

export const userDirectPolicy: Rule = {
  meta: {
    id: 'iam/user-direct-policy',
    title: 'IAM users get permissions through groups, not policies of their own',
    description:
      'Policies written into an IAM user (Policies), managed policies attached to it (ManagedPolicyArns), and AWS::IAM::Policy, ' +
      'AWS::IAM::ManagedPolicy (Users) or AWS::IAM::UserPolicy resources attached to users give each person a permission set of ' +
      'their own. Such sets drift apart, are forgotten when someone changes job, and cannot be reviewed as roles. Grant ' +
      'permissions to groups (or better, to roles that people assume through IAM Identity Center) and make users members. ' +
      'A list only known at deploy time is not reported.',
    severity: 'warning',
    category: 'iam',
    messages: {
      inline: 'IAM user {{resource}} has inline policies; put them on a group the user belongs to',
      managed: 'IAM user {{resource}} has managed policies attached directly; attach them to a group the user belongs to',
      attached: '{{resource}} is attached to users ({{users}}); attach it to a group instead',
      userPolicy: '{{resource}} is an inline policy of user {{user}}; put it on a group the user belongs to',
    },
    fix:
      'Create an AWS::IAM::Group with the policies (Policies, ManagedPolicyArns, or the policy resource\'s Groups), and add the ' +
      'users to it with Groups on the user or AWS::IAM::UserToGroupAddition. For people, prefer IAM Identity Center permission sets.',
    references: {
      fsbp: ['IAM.2'],
      cis: ['1.15'],
      checkov: ['CKV_AWS_40'],
      cfnNag: ['F10', 'F11', 'F12'],
      kics: ['IAM Policies Attached To User', 'IAM Managed Policy Applied to a User'],
    },
    recommended: true,
    source: 'src/rules/iam/user-direct-policy.ts',
  },
  examples: {
    cloudformation: `Developers:
  Type: AWS::IAM::Group
  Properties:
    ManagedPolicyArns:
      - arn:aws:iam::aws:policy/ReadOnlyAccess
Alice:
  Type: AWS::IAM::User
  Properties:
    UserName: alice
    Groups: [!Ref Developers]
`,
    terraform: `resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_group_policy_attachment" "developers_read_only" {
  group      = aws_iam_group.developers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.developers.name]
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        const props = r.properties(context.scenario);
        if (r.type === 'AWS::IAM::UserPolicy') {
          const user = field(props, 'UserName');
          if (user === undefined) return;
          context.report({ messageId: 'userPolicy', data: { resource: r.id, user: describe(user) }, path: r.path, key: true, resource: r.id });
          return;
        }
        const attachedTo = TERRAFORM_USER_ATTACHMENTS[r.type];
        if (attachedTo) {
          const v = field(props, attachedTo);
          const elsewhere = (v?.kind === 'list' ? v.items : v ? [v] : []).filter((u) => !definedUser(u, context.unit, context.scenario));
          if (v && elsewhere.length > 0) {
            context.report({ messageId: 'attached', data: { resource: r.id, users: elsewhere.map(describe).join(', ') }, path: v.path, ...(v.file !== undefined ? { file: v.file } : {}), resource: r.id });
          }
          return;
        }
        for (const [property, messageId] of USER_POLICIES[r.type] ?? []) {
          const v = field(props, property);
          if (v?.kind !== 'list' || v.items.length === 0) continue;
          context.report({ messageId, data: { resource: r.id, users: v.items.map(describe).join(', ') }, path: v.path, key: true, resource: r.id, related: v.via ?? [] });
        }
      },
    };
  },
};

/** Whether a Terraform value names a user of the configuration, which the attachment is merged into. */
function definedUser(v: Value, unit: Unit, s: Scenario): boolean {
  const users = unit.resources.filter((r) => r.type === 'AWS::IAM::User');
  if (v.kind === 'unknown') {
    const address = /^((?:module\.[\w-]+\.)*aws_iam_user\.[\w-]+)/.exec(v.symbol)?.[1];
    return address === undefined || users.some((u) => u.id === address || u.id.startsWith(`${address}[`));
  }
  return v.kind === 'scalar' && users.some((u) => {
    const name = field(u.properties(s), 'UserName');
    return name?.kind === 'scalar' && name.value === v.value;
  });
}

/** A user named in a message: its name, or the reference that gives it. */
function describe(v: Value): string {
  if (v.kind === 'scalar') return String(v.value);
  if (v.kind === 'unknown') return v.symbol.replace(/^Ref /, '');
  return '…';
}
