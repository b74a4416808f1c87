import { num } from './convert.ts';
import type { LinkTarget } from './links.ts';
import { loginProfile } from './login-profile.ts';
import type { Merge, Mapping } from './types.ts';

const roleLink: LinkTarget = { types: ['aws_iam_role'], names: ['name'] };
const userLink: LinkTarget = { types: ['aws_iam_user'], names: ['name'] };
const groupLink: LinkTarget = { types: ['aws_iam_group'], names: ['name'] };
const policyLink: LinkTarget = { types: ['aws_iam_policy'], names: ['name'] };

/** A policy attachment adds its policy to the principal's ManagedPolicyArns, as CloudFormation lists them. */
const attachment = (from: string, via: string): Merge => ({
  from,
  via,
  spec: { policy_arn: 'ManagedPolicyArns' },
  append: ['ManagedPolicyArns'],
  refs: { ManagedPolicyArns: policyLink },
});

/** An inline policy resource of a principal: CloudFormation's AWS::IAM::Policy naming it in Roles, Users or Groups. */
const inlinePolicy = (principal: string, to: string, link: LinkTarget): Mapping => ({
  cfn: 'AWS::IAM::Policy',
  spec: { name: 'PolicyName', policy: 'PolicyDocument', [principal]: { to, wrap: true } },
  refs: { [to]: link },
});

/**
 * IAM principals and policies. Whatever Terraform spreads over separate resources (attachments, inline policy
 * resources, group memberships) takes the shape a template gives it, so the aggregation of a principal's
 * permissions reads one model: ManagedPolicyArns and Groups on the principal, AWS::IAM::Policy naming it, and
 * references written as `Ref`.
 */
export const IAM: Record<string, Mapping> = {
  aws_iam_role: {
    cfn: 'AWS::IAM::Role',
    names: ['name'],
    spec: {
      name: 'RoleName',
      path: 'Path',
      description: 'Description',
      assume_role_policy: 'AssumeRolePolicyDocument',
      max_session_duration: { to: 'MaxSessionDuration', as: num },
      permissions_boundary: 'PermissionsBoundary',
      managed_policy_arns: 'ManagedPolicyArns',
      inline_policy: { to: 'Policies', list: true, block: { name: 'PolicyName', policy: 'PolicyDocument' } },
    },
    refs: { ManagedPolicyArns: policyLink, PermissionsBoundary: policyLink },
    merges: [attachment('aws_iam_role_policy_attachment', 'role'), attachment('aws_iam_policy_attachment', 'roles')],
  },
  aws_iam_user: {
    cfn: 'AWS::IAM::User',
    names: ['name'],
    spec: { name: 'UserName', path: 'Path', permissions_boundary: 'PermissionsBoundary' },
    refs: { PermissionsBoundary: policyLink },
    merges: [
      attachment('aws_iam_user_policy_attachment', 'user'),
      attachment('aws_iam_policy_attachment', 'users'),
      { from: 'aws_iam_user_group_membership', via: 'user', spec: { groups: 'Groups' }, append: ['Groups'], refs: { Groups: groupLink } },
    ],
    adjust: loginProfile,
  },
  aws_iam_group: {
    cfn: 'AWS::IAM::Group',
    names: ['name'],
    spec: { name: 'GroupName', path: 'Path' },
    merges: [attachment('aws_iam_group_policy_attachment', 'group'), attachment('aws_iam_policy_attachment', 'groups')],
  },
  aws_iam_policy: {
    cfn: 'AWS::IAM::ManagedPolicy',
    names: ['name'],
    spec: { name: 'ManagedPolicyName', path: 'Path', description: 'Description', policy: 'PolicyDocument' },
  },
  aws_iam_role_policy: inlinePolicy('role', 'Roles', roleLink),
  aws_iam_user_policy: inlinePolicy('user', 'Users', userLink),
  aws_iam_group_policy: inlinePolicy('group', 'Groups', groupLink),
  aws_iam_group_membership: {
    cfn: 'AWS::IAM::UserToGroupAddition',
    spec: { group: 'GroupName', users: 'Users' },
    refs: { GroupName: groupLink, Users: userLink },
  },
  aws_iam_instance_profile: {
    cfn: 'AWS::IAM::InstanceProfile',
    names: ['name'],
    spec: { name: 'InstanceProfileName', path: 'Path', role: { to: 'Roles', wrap: true } },
    refs: { Roles: roleLink },
  },
  aws_iam_access_key: {
    cfn: 'AWS::IAM::AccessKey',
    spec: { user: 'UserName', status: 'Status' },
    refs: { UserName: userLink },
  },
  aws_ssoadmin_permission_set: {
    cfn: 'AWS::SSO::PermissionSet',
    spec: { name: 'Name', description: 'Description', instance_arn: 'InstanceArn', session_duration: 'SessionDuration', relay_state: 'RelayStateType' },
    merges: [
      {
        from: 'aws_ssoadmin_permission_set_inline_policy',
        via: 'permission_set_arn',
        spec: { inline_policy: 'InlinePolicy' },
        document: { attr: 'inline_policy', kind: 'identity' },
      },
      { from: 'aws_ssoadmin_managed_policy_attachment', via: 'permission_set_arn', spec: { managed_policy_arn: 'ManagedPolicies' }, append: ['ManagedPolicies'] },
    ],
  },
  aws_organizations_policy: {
    cfn: 'AWS::Organizations::Policy',
    spec: { name: 'Name', description: 'Description', content: 'Content', type: 'Type' },
  },
};
