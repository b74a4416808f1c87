import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { adaptCloudFormation } from '../../src/adapters/cloudformation/adapter.ts';
import { adaptIamPolicy } from '../../src/adapters/iam/adapter.ts';
import { GROUP, POLICY, ROLE, USER } from '../../src/iam/arn-classes.ts';
import type { Principal } from '../../src/iam/principals.ts';
import { principalsOf } from '../../src/iam/principals.ts';
import { firstBranch } from '../../src/model/scenario.ts';
import { parseDocument } from '../../src/parse/index.ts';

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  BoundaryArn: { Type: String }
Resources:
  App:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]
      ManagedPolicyArns:
        - !Ref Shared
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/IAMFullAccess
        - arn:aws:iam::aws:policy/SomePolicyNobodyListed
      Policies:
        - PolicyName: inline
          PolicyDocument: { Statement: [{ Effect: Allow, Action: s3:GetObject, Resource: '*' }] }
  AppByName:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: app
      PolicyName: by-name
      PolicyDocument: { Statement: [{ Effect: Allow, Action: sqs:SendMessage, Resource: '*' }] }
  AppByRef:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: by-ref
      Roles: [!Ref App]
      Groups: [!Ref Team]
      PolicyDocument: { Statement: [{ Effect: Deny, Action: iam:PassRole, Resource: '*' }] }
  Shared:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Users: [!Ref Solo]
      PolicyDocument: { Statement: [{ Effect: Allow, Action: sns:Publish, Resource: '*' }] }
  Team:
    Type: AWS::IAM::Group
    Properties:
      GroupName: team
  Member:
    Type: AWS::IAM::User
    Properties:
      Groups: [!Ref Team]
  Added:
    Type: AWS::IAM::User
    Properties:
      UserName: added
  Addition:
    Type: AWS::IAM::UserToGroupAddition
    Properties:
      GroupName: team
      Users: [added]
  Solo:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !Ref BoundaryArn
  Elsewhere:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Roles: [some-role-of-another-stack]
      PolicyDocument: { Statement: [{ Effect: Allow, Action: '*', Resource: '*' }] }
`;

function principals(text: string, file = 'template.yaml'): Map<string, Principal> {
  const doc = parseDocument(file, text);
  const unit = file.endsWith('.json') && !text.includes('Resources') ? adaptIamPolicy(doc) : adaptCloudFormation(doc);
  return new Map(principalsOf(unit, firstBranch).map((p) => [p.name, p]));
}

const actions = (p: Principal) => p.permissions.clauses.map((c) => `${c.effect} ${c.actions.items.map((i) => i.glob).join(',')}`);

test('a role gathers inline, by-name, by-ref, template managed and known AWS managed policies', () => {
  const app = principals(TEMPLATE).get('App')!;
  assert.is(app.kind, 'role');
  assert.equal(actions(app).sort(), ['Allow iam:*,organizations:DescribeAccount,organizations:DescribeOrganization,organizations:DescribeOrganizationalUnit,organizations:DescribePolicy,organizations:ListChildren,organizations:ListParents,organizations:ListPoliciesForTarget,organizations:ListRoots,organizations:ListPolicies,organizations:ListTargetsForPolicy', 'Allow s3:GetObject', 'Allow sns:Publish', 'Allow sqs:SendMessage', 'Deny iam:PassRole'].sort());
  assert.equal([...app.permissions.own!], [['App', ROLE], ['Shared', POLICY]]);
  const managed = app.permissions.clauses.find((c) => c.source.document === 'AWS managed policy IAMFullAccess')!;
  assert.equal(managed.source.path, ['Resources', 'App', 'Properties', 'ManagedPolicyArns', 1]);
});

test("users get their groups' policies, by Groups and by UserToGroupAddition", () => {
  const all = principals(TEMPLATE);
  assert.equal(actions(all.get('Team')!), ['Deny iam:PassRole']);
  assert.equal(actions(all.get('Member')!), ['Deny iam:PassRole']);
  assert.equal(actions(all.get('Added')!), ['Deny iam:PassRole']);
  assert.equal([...all.get('Member')!.permissions.own!], [['Member', USER], ['Team', GROUP]]);
});

test('a boundary only known at deploy time is flagged; a document attached to no identity of the template stands alone', () => {
  const all = principals(TEMPLATE);
  assert.ok(all.get('Solo')!.boundaryUnknown);
  assert.equal(actions(all.get('Solo')!), ['Allow sns:Publish']);
  const elsewhere = all.get('Elsewhere')!;
  assert.is(elsewhere.kind, 'policy');
  assert.is(elsewhere.resource?.id, 'Elsewhere');
  assert.not.ok(all.has('Shared'));
  assert.not.ok(all.has('AppByRef'));
});

test('a standalone policy file is its own principal', () => {
  const all = principals('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"*"}]}', 'p.json');
  const [p] = [...all.values()];
  assert.is(all.size, 1);
  assert.is(p.kind, 'policy');
  assert.is(p.resource, null);
  assert.equal(p.permissions.clauses[0].source.path, ['Statement', 0]);
});

test('resource policies and trust policies are no principal', () => {
  const all = principals(`AWSTemplateFormatVersion: '2010-09-09'
Resources:
  BucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: b
      PolicyDocument: { Statement: [{ Effect: Allow, Principal: '*', Action: '*', Resource: '*' }] }
`);
  assert.is(all.size, 0);
});

test.run();
