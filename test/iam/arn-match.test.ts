import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expandAction } from '../../src/iam/action-pattern.ts';
import { actionApplies } from '../../src/iam/action-resources.ts';
import { formatTokens, partsTokens, policyTextTokens } from '../../src/iam/arn-pattern.ts';
import { globsIntersect } from '../../src/iam/glob-intersect.ts';
import { symbolTokens } from '../../src/iam/symbol-tokens.ts';
import type { Resource, Unit } from '../../src/model/model.ts';

const action = (name: string) => expandAction(name)![0];
const applies = (name: string, ...resources: string[]) => actionApplies(action(name), resources.map(policyTextTokens));

test('an action applies to the ARN formats of its resource types', () => {
  assert.ok(applies('s3:GetObject', 'arn:aws:s3:::bucket/*'));
  assert.ok(applies('s3:ListBucket', 'arn:aws:s3:::bucket'));
  assert.ok(applies('redshift:GetClusterCredentials', 'arn:aws:redshift:us-west-2:123456789012:dbuser:the_cluster/the_user'));
  assert.ok(applies('lambda:AddLayerVersionPermission', 'arn:aws:lambda:*:123456789012:layer:sol-*:*'));
  assert.ok(applies('cloudtrail:GetEventSelectors', 'arn:*:cloudtrail:*:*:trail/*'));
  assert.ok(applies('logs:PutLogEvents', 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/app:*'));
});

test('not to the ARNs of other resource types', () => {
  assert.not.ok(applies('s3:GetObject', 'arn:aws:s3:::bucket'));
  assert.not.ok(applies('s3:ListBucket', 'arn:aws:s3:::bucket/*'));
  assert.not.ok(applies('dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:123456789012:table/t/index/*'));
  assert.not.ok(applies('iam:PassRole', 'arn:aws:s3:::*'));
  // A bucket's ARN has no account.
  assert.not.ok(applies('s3:PutObject', 'arn:aws:s3::123456789012:bucket/*'));
});

test('an action without resource types needs "*" itself', () => {
  assert.ok(applies('s3:ListAllMyBuckets', '*'));
  assert.not.ok(applies('s3:ListAllMyBuckets', 'arn:aws:s3:::*'));
});

test('policy variables match anything, and their escapes stand for themselves', () => {
  assert.ok(applies('iam:CreateVirtualMFADevice', 'arn:aws:iam::*:mfa/${aws:username}'));
  assert.ok(globsIntersect(policyTextTokens('a${*}b'), policyTextTokens('a*b')));
  assert.not.ok(globsIntersect(policyTextTokens('a${*}b'), policyTextTokens('axb')));
});

test('format variables are never empty, and plain names hold no slash', () => {
  const bucket = formatTokens('arn:${Partition}:s3:::${BucketName}');
  assert.not.ok(globsIntersect(bucket, policyTextTokens('arn:aws:s3:::')));
  assert.not.ok(globsIntersect(bucket, policyTextTokens('arn:aws:s3:::b/k')));
  assert.ok(globsIntersect(formatTokens('arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}'), policyTextTokens('arn:aws:iam::1:role/path/app')));
});

const resource = (id: string, type: string): Resource => ({ provider: 'cloudformation', type, id, file: 't.yaml', path: [], propertiesPath: [], properties: () => undefined, references: new Set() });
const unit: Unit = { kind: 'cloudformation', file: 't.yaml', documents: new Map(), resources: [resource('Bucket', 'AWS::S3::Bucket'), resource('Topic', 'AWS::SNS::Topic')], policies: [] };
const shape = symbolTokens(unit);

test('template values take the shape of what they are', () => {
  const objects = partsTokens([{ symbol: 'Fn::GetAtt Bucket.Arn' }, '/*'], shape);
  assert.ok(actionApplies(action('s3:GetObject'), [objects]));
  assert.not.ok(actionApplies(action('s3:ListBucket'), [objects]));
  const named = partsTokens(['arn:', { symbol: 'AWS::Partition' }, ':s3:::', { symbol: 'Ref Bucket' }], shape);
  assert.not.ok(actionApplies(action('s3:GetObject'), [named]));
  assert.ok(actionApplies(action('sns:Publish'), [shape('Ref Topic')!]));
});

test('values of unknown shape match anything', () => {
  assert.is(shape('parameter BucketArn'), undefined);
  assert.is(shape('Fn::GetAtt Bucket.DomainName'), undefined);
  assert.ok(actionApplies(action('s3:ListBucket'), [partsTokens([{ symbol: 'parameter BucketArn' }, '/*'], shape)]));
});

const tfResource = (id: string, type: string): Resource => ({ ...resource(id, type), provider: 'terraform', file: 'main.tf' });
const tfShape = symbolTokens({
  kind: 'terraform',
  file: 'main.tf',
  documents: new Map(),
  resources: [tfResource('aws_s3_bucket.data', 'AWS::S3::Bucket'), tfResource('module.app.aws_kinesis_stream.events[0]', 'AWS::Kinesis::Stream')],
  policies: [],
} as Unit);

test('Terraform references take the shape of the attribute they read', () => {
  const objects = partsTokens([{ symbol: 'aws_s3_bucket.data.arn' }, '/*'], tfShape);
  assert.ok(actionApplies(action('s3:GetObject'), [objects]));
  assert.not.ok(actionApplies(action('s3:ListBucket'), [objects]));
  assert.not.ok(actionApplies(action('s3:GetObject'), [tfShape('aws_s3_bucket.data.arn')!]));
  const named = partsTokens(['arn:aws:s3:::', { symbol: 'aws_s3_bucket.data.id' }], tfShape);
  assert.not.ok(actionApplies(action('s3:GetObject'), [named]));
  // A stream's id is its ARN.
  assert.ok(actionApplies(action('kinesis:PutRecord'), [tfShape('module.app.aws_kinesis_stream.events[0].id')!]));
  assert.is(tfShape('aws_s3_bucket.data.bucket_domain_name'), undefined);
  assert.is(tfShape('aws_s3_bucket.other.arn'), undefined);
});

test.run();
