import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstBranch } from '../../src/model/scenario.ts';
import { findings, shown, unitOf } from './run.ts';

const config = `{
  "resource": {
    "aws_iam_role": {
      "app": {
        "name": "app",
        "assume_role_policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"lambda.amazonaws.com\\"},\\"Action\\":\\"sts:AssumeRole\\"}]}",
        "managed_policy_arns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
        "inline_policy": [{ "name": "logs", "policy": { "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Action": "logs:*", "Resource": "*" }] } }]
      }
    },
    "aws_iam_policy": { "admin": { "name": "admin", "policy": { "Statement": [{ "Effect": "Allow", "Action": "*", "Resource": "*" }] } } },
    "aws_iam_role_policy_attachment": { "admin": { "role": "\${aws_iam_role.app.name}", "policy_arn": "\${aws_iam_policy.admin.arn}" } },
    "aws_iam_policy_attachment": { "shared": { "name": "s", "roles": ["app"], "users": ["\${aws_iam_user.dev.name}"], "policy_arn": "arn:aws:iam::aws:policy/AdministratorAccess" } },
    "aws_iam_role_policy": { "extra": { "name": "extra", "role": "\${aws_iam_role.app.id}", "policy": { "Statement": { "Effect": "Allow", "NotAction": "iam:*", "Resource": "*" } } } },
    "aws_iam_user": { "dev": { "name": "dev" } },
    "aws_iam_group": { "devs": { "name": "devs" } },
    "aws_iam_user_group_membership": { "dev": { "user": "dev", "groups": ["\${aws_iam_group.devs.name}", "external"] } },
    "aws_iam_group_policy": { "devs": { "group": "devs", "policy": { "Statement": [] } } }
  }
}`;

const { unit } = unitOf(config);
const byId = (id: string) => unit.resources.find((r) => r.id === id)!;

test('attachments add to the principal\'s ManagedPolicyArns, naming a policy of the configuration with Ref', () => {
  assert.equal(shown(byId('aws_iam_role.app').properties(firstBranch)!), {
    RoleName: 'app',
    AssumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
    ManagedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess', '?Ref aws_iam_policy.admin', 'arn:aws:iam::aws:policy/AdministratorAccess'],
    Policies: [{ PolicyName: 'logs', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }] } }],
  });
  assert.equal(shown(byId('aws_iam_user.dev').properties(firstBranch)!), {
    UserName: 'dev',
    ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
    Groups: ['?Ref aws_iam_group.devs', 'external'],
  });
});

test('inline policy resources are AWS::IAM::Policy naming their principal', () => {
  const p = byId('aws_iam_role_policy.extra');
  assert.is(p.type, 'AWS::IAM::Policy');
  assert.equal((shown(p.properties(firstBranch)!) as Record<string, unknown>).Roles, ['?Ref aws_iam_role.app']);
  assert.equal((shown(byId('aws_iam_group_policy.devs').properties(firstBranch)!) as Record<string, unknown>).Groups, ['?Ref aws_iam_group.devs']);
});

test('policy documents have the kind and owner CloudFormation gives them, JSON strings parsed', () => {
  assert.equal(
    unit.policies.map((d) => `${d.kind} ${d.owner?.id} ${d.name}`),
    [
      'trust aws_iam_role.app aws_iam_role.app.assume_role_policy',
      'identity aws_iam_role.app aws_iam_role.app.inline_policy[0].policy',
      'identity aws_iam_policy.admin aws_iam_policy.admin.policy',
      'identity aws_iam_role_policy.extra aws_iam_role_policy.extra.policy',
      'identity aws_iam_group_policy.devs aws_iam_group_policy.devs.policy',
    ],
  );
  const trust = unit.policies[0].document(firstBranch)!;
  assert.equal(shown(trust), { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
});

test('IAM policies report at the statement in the .tf source', () => {
  assert.equal(findings('iam/no-wildcard-action', config), ['8: aws_iam_role.app', '11: aws_iam_policy.admin']);
  assert.equal(findings('iam/no-allow-not-action', config), ['14: aws_iam_role_policy.extra']);
});

test('resource policies: bucket, queue and topic policies, a key policy merged into its key, a repository policy standing alone', () => {
  const text = `{
  "resource": {
    "aws_s3_bucket_policy": { "b": { "bucket": "\${aws_s3_bucket.b.id}", "policy": { "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*" }] } } },
    "aws_s3_bucket": { "b": { "bucket": "b" } },
    "aws_sqs_queue": { "q": { "policy": { "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "sqs:SendMessage", "Resource": "*" }] } } },
    "aws_sns_topic_policy": { "t": { "arn": "\${aws_sns_topic.t.arn}", "policy": { "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "sns:Publish", "Resource": "*", "Condition": { "StringEquals": { "aws:SourceAccount": "1" } } }] } } },
    "aws_sns_topic": { "t": { "name": "t" } },
    "aws_kms_key": { "k": { "description": "k" } },
    "aws_kms_key_policy": { "k": { "key_id": "\${aws_kms_key.k.id}", "policy": { "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*" }] } } },
    "aws_ecr_repository_policy": { "r": { "repository": "elsewhere", "policy": { "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "ecr:GetDownloadUrlForLayer" }] } } },
    "aws_lambda_permission": { "p": { "action": "lambda:InvokeFunction", "function_name": "f", "principal": "*" } }
  }
}`;
  const u = unitOf(text).unit;
  assert.equal(
    u.policies.map((d) => `${d.kind} ${d.owner?.type} ${d.owner?.id}`),
    [
      'resource AWS::S3::BucketPolicy aws_s3_bucket_policy.b',
      'resource AWS::SQS::Queue aws_sqs_queue.q',
      'resource AWS::SNS::TopicPolicy aws_sns_topic_policy.t',
      'resource AWS::KMS::Key aws_kms_key.k',
      'resource aws_ecr_repository_policy aws_ecr_repository_policy.r',
      'resource AWS::Lambda::Permission aws_lambda_permission.p',
    ],
  );
  assert.equal(shown(u.resources.find((r) => r.id === 'aws_s3_bucket_policy.b')!.properties(firstBranch)!), {
    Bucket: '?Ref aws_s3_bucket.b',
    PolicyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] },
  });
  assert.equal(findings('iam/public-resource-policy', text), ['5: aws_sqs_queue.q', '9: aws_kms_key.k', '11: aws_lambda_permission.p']);
  assert.equal(findings('iam/public-read-access', text), ['3: aws_s3_bucket_policy.b', '10: aws_ecr_repository_policy.r']);
});

test('a policy document no resource reads is checked on its own, named by its data source', () => {
  const text = `{
  "data": {
    "aws_iam_policy_document": {
      "used": { "json": { "Statement": [{ "Effect": "Allow", "Action": "s3:*", "Resource": "*" }] } },
      "unused": { "json": { "Statement": [{ "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRole" }] } }
    }
  },
  "resource": { "aws_iam_policy": { "p": { "policy": "\${data.aws_iam_policy_document.used.json}" } } }
}`;
  const u = unitOf(text).unit;
  assert.equal(
    u.policies.map((d) => `${d.kind} ${d.owner?.id} ${d.name}`),
    ['identity aws_iam_policy.p aws_iam_policy.p.policy', 'trust data.aws_iam_policy_document.unused data.aws_iam_policy_document.unused'],
  );
});

test.run();
