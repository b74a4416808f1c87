import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lookupConditionKey } from '../../src/iam/condition-keys.ts';
import { KeySet } from '../../src/iam/key-set.ts';

const status = (key: string) => lookupConditionKey(key).status;

test('global keys, tag keys included, without case', () => {
  assert.is(status('aws:SourceIp'), 'known');
  assert.is(status('AWS:sourceip'), 'known');
  assert.is(status('aws:PrincipalTag/team'), 'known');
  assert.is(status('aws:RequestTag/'), 'unknown');
  const epoch = lookupConditionKey('aws:EpochTime');
  assert.equal(epoch.status === 'known' && epoch.info.types, ['Date', 'Numeric']);
});

test('service keys, with placeholders', () => {
  const prefix = lookupConditionKey('s3:prefix');
  assert.ok(prefix.status === 'known' && !prefix.global && prefix.services[0] === 's3');
  assert.is(status('s3:ExistingObjectTag/owner'), 'known');
  assert.is(status('ec2:ResourceTag/Env'), 'known');
  assert.is(status('iam:PassedToService'), 'known');
});

test('identity provider keys: the catalog\'s, the claims of any OIDC provider, and the rest not judged', () => {
  assert.is(status('SAML:aud'), 'known');
  assert.is(status('cognito-identity.amazonaws.com:amr'), 'known');
  assert.is(status('token.actions.githubusercontent.com:sub'), 'known');
  assert.is(status('oidc.eks.us-east-1.amazonaws.com/id/ABC:aud'), 'known');
  assert.is(status('oidc.eks.us-east-1.amazonaws.com/id/ABC:groups'), 'unjudged');
  const subject = lookupConditionKey('token.actions.githubusercontent.com:subject');
  assert.ok(subject.status === 'unknown' && subject.suggestion === 'token.actions.githubusercontent.com:sub');
});

test('unknown keys, with the nearest real one', () => {
  assert.equal(lookupConditionKey('s3:prefx'), { status: 'unknown', problem: 'unknownKey', scope: 's3', suggestion: 's3:prefix' });
  assert.equal(lookupConditionKey('aws:CurentTime'), { status: 'unknown', problem: 'unknownKey', scope: 'aws', suggestion: 'aws:CurrentTime' });
  assert.is(lookupConditionKey('s4:prefix').status === 'unknown' && (lookupConditionKey('s4:prefix') as { problem: string }).problem, 'unknownPrefix');
  assert.equal(lookupConditionKey('bad'), { status: 'unknown', problem: 'noPrefix', scope: 'bad' });
});

test('a key set matches placeholders with any non-empty text', () => {
  const set = new KeySet<number>([['aws:RequestTag/${TagKey}', 1], ['s3:ExistingObjectTag/<key>', 2], ['s3:prefix', 3]]);
  assert.is(set.get('AWS:requesttag/Team'), 1);
  assert.is(set.get('s3:existingobjecttag/a.b'), 2);
  assert.is(set.get('S3:Prefix'), 3);
  assert.is(set.get('aws:RequestTag/'), undefined);
  const written = new KeySet<number>([['ssm:resourceTag/tag-key', 1], ['glacier:ResourceTag/', 2]]);
  assert.is(written.get('ssm:ResourceTag/env'), 1);
  assert.is(written.get('glacier:resourcetag/env'), 2);
  assert.is(KeySet.pattern('agent.${Domain}.buildkite.dev').test('agent.acme.buildkite.dev'), true);
});

test.run();
