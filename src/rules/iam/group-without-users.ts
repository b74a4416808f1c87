import type { Rule } from '../../engine/rule.ts';
import type { Resource } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

const items = (v: Value | undefined): Value[] => (v?.kind === 'list' ? v.items : v ? [v] : []);

export const groupWithoutUsers: Rule = {
  meta: {
    id: 'iam/group-without-users',
    title: 'IAM groups defined in a template have members there',
    description:
      'A group that no user of the template joins (Groups of an AWS::IAM::User, AWS::IAM::UserToGroupAddition, ' +
      'aws_iam_group_membership or aws_iam_user_group_membership) holds permissions that nobody reviews because nobody ' +
      'uses them, until someone is added to it outside the template and silently gets them. Templates that manage ' +
      'membership elsewhere (an identity provider, another stack) should say so by suppressing the finding. When ' +
      'a membership names a group only known at deploy time, no group is reported.',
    severity: 'info',
    category: 'iam',
    messages: {
      empty: 'IAM group {{resource}} has no members in this template',
    },
    fix: 'Add the users that need the group (Groups on the user, or an AWS::IAM::UserToGroupAddition), or remove the group.',
    references: {
      wellArchitected: ['SEC03'],
      kics: ['IAM Group Without Users'],
    },
    recommended: false,
    source: 'src/rules/iam/group-without-users.ts',
  },
  examples: {
    cloudformation: `Auditors:
  Type: AWS::IAM::Group
  Properties:
    ManagedPolicyArns:
      - arn:aws:iam::aws:policy/SecurityAudit
AuditorsMembers:
  Type: AWS::IAM::UserToGroupAddition
  Properties:
    GroupName: !Ref Auditors
    Users: [alice, bob]
`,
    terraform: `resource "aws_iam_group" "auditors" {
  name = "auditors"
}

resource "aws_iam_group_policy_attachment" "auditors" {
  group      = aws_iam_group.auditors.name
  policy_arn = "arn:aws:iam::aws:policy/SecurityAudit"
}

resource "aws_iam_group_membership" "auditors" {
  name  = "auditors"
  group = aws_iam_group.auditors.name
  users = ["alice", "bob"]
}
`,
  },
  create(context) {
    return {
      unit(u) {
        const s = context.scenario;
        const groups = u.resources.filter((r) => r.type === 'AWS::IAM::Group');
        if (groups.length === 0) return;
        const named: Value[] = [];
        for (const r of u.resources) {
          if (r.type === 'AWS::IAM::User') named.push(...items(field(r.properties(s), 'Groups')));
          if (r.type === 'AWS::IAM::UserToGroupAddition') named.push(...items(field(r.properties(s), 'GroupName')));
        }
        // A group name only known at deploy time may be any of them; a Ref to a resource (or to nothing) names one.
        if (named.some((v) => v.kind === 'unknown' && !/^Ref \S+( \(undefined\))?$/.test(v.symbol))) return;
        for (const g of groups) {
          if (named.some((v) => names(v, g, s))) continue;
          context.report({ messageId: 'empty', data: { resource: g.id }, path: g.path, file: g.file, key: true, resource: g.id });
        }
      },
    };
  },
};

/** Whether a membership names the group: a `Ref` to it, or its GroupName. */
function names(v: Value, group: Resource, s: Scenario): boolean {
  if (v.kind === 'unknown') return v.symbol === `Ref ${group.id}`;
  const name = field(group.properties(s), 'GroupName');
  return v.kind === 'scalar' && name?.kind === 'scalar' && String(v.value) === String(name.value);
}
