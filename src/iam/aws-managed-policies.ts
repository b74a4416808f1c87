/**
 * Statements of well-known broad AWS managed policies, so a principal that attaches one by ARN is analysed
 * with what it really grants. Source: the AWS Managed Policy Reference
 * (https://docs.aws.amazon.com/aws-managed-policy/latest/reference/<PolicyName>.html), default versions as
 * published in 2024-2025; statements that only grant reads the analysis never asks about may be shortened
 * (marked below). A managed policy that is not listed here grants nothing as far as the rules can tell: an
 * unknown policy never causes a finding.
 */
export interface ManagedStatement {
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export const AWS_MANAGED_POLICIES: Record<string, ManagedStatement[]> = {
  AdministratorAccess: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  PowerUserAccess: [
    { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
    {
      Effect: 'Allow',
      Action: ['iam:CreateServiceLinkedRole', 'iam:DeleteServiceLinkedRole', 'iam:ListRoles', 'organizations:DescribeOrganization', 'account:ListRegions', 'account:GetAccountInformation'],
      Resource: '*',
    },
  ],
  IAMFullAccess: [
    {
      Effect: 'Allow',
      Action: [
        'iam:*',
        'organizations:DescribeAccount',
        'organizations:DescribeOrganization',
        'organizations:DescribeOrganizationalUnit',
        'organizations:DescribePolicy',
        'organizations:ListChildren',
        'organizations:ListParents',
        'organizations:ListPoliciesForTarget',
        'organizations:ListRoots',
        'organizations:ListPolicies',
        'organizations:ListTargetsForPolicy',
      ],
      Resource: '*',
    },
  ],
  // The read statements of the console (cloudformation:Describe*, ec2:Describe*, logs:Get*…) are shortened.
  AWSLambda_FullAccess: [
    { Effect: 'Allow', Action: ['lambda:*', 'cloudformation:DescribeStacks', 'cloudformation:ListStackResources', 'iam:GetRole', 'iam:ListRoles', 'logs:DescribeLogGroups'], Resource: '*' },
    { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } },
  ],
  AWSCloudFormationFullAccess: [{ Effect: 'Allow', Action: 'cloudformation:*', Resource: '*' }],
  // The service-linked role statements (iam:CreateServiceLinkedRole on the EC2, Auto Scaling, ELB… roles) are
  // shortened; none of them passes or changes a role.
  AmazonEC2FullAccess: [{ Effect: 'Allow', Action: ['ec2:*', 'elasticloadbalancing:*', 'cloudwatch:*', 'autoscaling:*'], Resource: '*' }],
  // The statements on SSM's own service-linked role are shortened.
  AmazonSSMFullAccess: [
    { Effect: 'Allow', Action: ['cloudwatch:PutMetricData', 'ds:CreateComputer', 'ds:DescribeDirectories', 'ec2:DescribeInstanceStatus', 'logs:*', 'ssm:*', 'ec2messages:*'], Resource: '*' },
    { Effect: 'Allow', Action: ['ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel', 'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel'], Resource: '*' },
  ],
};

/**
 * The AWS managed policy an ARN names (`arn:aws:iam::aws:policy/AdministratorAccess`, any partition, any
 * path), when it is one of the known ones. `arn` may hold `*` where the partition was only known at deploy time.
 */
export function awsManagedPolicyName(arn: string): string | undefined {
  const m = /^arn:[^:]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(arn);
  return m && Object.hasOwn(AWS_MANAGED_POLICIES, m[1]) ? m[1] : undefined;
}
