import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { kindOf } from '../../src/adapters/kind.ts';
import { parseDocument } from '../../src/parse/index.ts';

const kind = (file: string, text: string) => kindOf(parseDocument(file, text).root);

test('CloudFormation by AWSTemplateFormatVersion, even without resources', () => {
  assert.is(kind('a.yaml', "AWSTemplateFormatVersion: '2010-09-09'\nDescription: empty\n"), 'cloudformation');
  assert.is(kind('a.json', '{"AWSTemplateFormatVersion": "2010-09-09"}'), 'cloudformation');
});

test('CloudFormation by Resources alone when a resource has an AWS, Alexa, Custom or three-part registry type', () => {
  assert.is(kind('a.yaml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n'), 'cloudformation');
  assert.is(kind('a.yaml', 'Resources:\n  S:\n    Type: Alexa::ASK::Skill\n'), 'cloudformation');
  assert.is(kind('a.yaml', 'Resources:\n  C:\n    Type: Custom::Thing\n'), 'cloudformation');
  assert.is(kind('a.yaml', 'Resources:\n  M:\n    Type: MyOrg::Storage::Bucket\n'), 'cloudformation');
  assert.is(kind('a.json', '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}'), 'cloudformation');
  // some other tool's `Resources` is not a template
  assert.is(kind('a.yaml', 'Resources:\n  cpu: 2\n  memory: 4Gi\n'), 'unknown');
  assert.is(kind('a.yaml', 'Resources:\n  X:\n    Type: bucket\n'), 'unknown');
  assert.is(kind('a.yaml', 'Resources: {}\n'), 'unknown');
});

test('CloudFormation by the SAM transform, written as a string or in a list', () => {
  assert.is(kind('a.yaml', 'Transform: AWS::Serverless-2016-10-31\nResources: {}\n'), 'cloudformation');
  assert.is(kind('a.yaml', 'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\n'), 'cloudformation');
  assert.is(kind('a.json', '{"Transform": ["AWS::Serverless-2016-10-31"]}'), 'cloudformation');
  assert.is(kind('a.yaml', 'Transform: AWS::LanguageExtensions\n'), 'unknown');
});

test('IAM policy documents: Version and Statement, or a Statement with Effect', () => {
  const identity = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}';
  assert.is(kind('p.json', identity), 'iam-policy');
  assert.is(kind('p.json', '{"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]}'), 'iam-policy');
  assert.is(kind('p.json', '{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}'), 'iam-policy');
  assert.is(kind('p.yaml', 'Version: "2012-10-17"\nStatement: []\n'), 'iam-policy');
  assert.is(kind('p.json', '{"Statement": [{"Action": "*"}]}'), 'unknown');
});

test('other JSON and YAML is unknown', () => {
  assert.is(kind('package.json', '{"name": "x", "version": "1.0.0", "scripts": {}}'), 'unknown');
  assert.is(kind('list.json', '[1, 2]'), 'unknown');
  assert.is(kind('s.yaml', 'just a string\n'), 'unknown');
  assert.is(kind('e.yaml', ''), 'unknown');
  assert.is(kindOf(undefined), 'unknown');
  assert.is(kind('ci.yaml', 'jobs:\n  build:\n    runs-on: ubuntu-latest\n'), 'unknown');
});

test.run();
