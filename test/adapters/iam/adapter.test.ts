import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { adaptIamPolicy } from '../../../src/adapters/iam/adapter.ts';
import { parseEmbeddedJson } from '../../../src/adapters/iam/embedded-json.ts';
import { nodeToValue } from '../../../src/adapters/iam/node-value.ts';
import { policyKindOf } from '../../../src/adapters/iam/policy-kind.ts';
import { firstBranch } from '../../../src/model/scenario.ts';
import { field, plain } from '../../../src/model/value.ts';
import { parseDocument } from '../../../src/parse/index.ts';

const kindOfText = (text: string) => policyKindOf(parseDocument('p.json', text).root!);
const statement = (st: object) => JSON.stringify({ Version: '2012-10-17', Statement: [st] });

test('a standalone policy file is one document: whole file, no owner, named after the file', () => {
  const text = statement({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' });
  const unit = adaptIamPolicy(parseDocument('policies/read.json', text));
  assert.equal([unit.kind, unit.file, [...unit.documents.keys()], unit.resources], ['iam-policy', 'policies/read.json', ['policies/read.json'], []]);
  assert.is(unit.policies.length, 1);
  const [p] = unit.policies;
  assert.equal([p.kind, p.owner, p.name, p.file, p.path], ['identity', null, 'policies/read.json', 'policies/read.json', []]);
  const doc = p.document(firstBranch)!;
  assert.equal(plain(doc), JSON.parse(text));
  // values keep their place in the file, and nothing in a standalone file is resolved
  const st = field(doc, 'Statement');
  const action = field(st?.kind === 'list' ? st.items[0] : undefined, 'Action');
  assert.equal(action?.kind === 'list' && action.items[0].path, ['Statement', 0, 'Action', 0]);
});

test('intrinsic-looking keys in a standalone file stay plain objects', () => {
  const v = nodeToValue(parseDocument('p.yaml', 'Resource: !Ref Bucket\n').root!, []);
  assert.equal(plain(v), { Resource: { Ref: 'Bucket' } });
});

test('a file that did not parse gives a unit without documents', () => {
  const unit = adaptIamPolicy(parseDocument('bad.json', '{"Statement": ['));
  assert.equal([unit.kind, unit.policies], ['iam-policy', []]);
});

test('policy kind by content: no Principal is identity; a Principal is resource; only sts:AssumeRole* is trust', () => {
  assert.is(kindOfText(statement({ Effect: 'Allow', Action: '*', Resource: '*' })), 'identity');
  assert.is(kindOfText(statement({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' })), 'resource');
  assert.is(kindOfText(statement({ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::1:root' }, Action: 's3:*', Resource: '*' })), 'resource');
  assert.is(kindOfText(statement({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' })), 'trust');
  assert.is(kindOfText(statement({ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'] })), 'trust');
  assert.is(kindOfText(statement({ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['sts:AssumeRole', 's3:GetObject'] })), 'resource');
  // a Principal with no Action at all is not a trust policy
  assert.is(kindOfText(statement({ Effect: 'Allow', Principal: '*' })), 'resource');
  assert.is(kindOfText('{"Statement": {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "STS:ASSUMEROLE"}}'), 'trust');
  assert.is(kindOfText('{"Version": "2012-10-17"}'), 'identity');
});

test('an embedded JSON string is parsed with every node at the string; text that is not JSON stays a string', () => {
  const at = ['Resources', 'P', 'Properties', 'PolicyDocument'];
  const v = parseEmbeddedJson({ kind: 'scalar', value: '{"Statement":[{"Effect":"Allow","Action":["a","b"],"N":1,"Z":null}]}', path: at });
  assert.equal(plain(v), { Statement: [{ Effect: 'Allow', Action: ['a', 'b'], N: 1, Z: null }] });
  const st = field(v, 'Statement');
  const action = field(st?.kind === 'list' ? st.items[0] : undefined, 'Action');
  assert.equal([v.path, st?.path, action?.path, action?.kind === 'list' && action.items[1].path], [at, at, at, at]);
  const bad = { kind: 'scalar' as const, value: 'arn:aws:s3:::b', path: at };
  assert.is(parseEmbeddedJson(bad), bad);
});

test.run();
