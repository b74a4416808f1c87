import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { adaptIamPolicy } from '../../src/adapters/iam/adapter.ts';
import { accessSummary } from '../../src/iam/access-summary.ts';
import { expandAction } from '../../src/iam/action-pattern.ts';
import { publicStatements } from '../../src/iam/public-statements.ts';
import { firstBranch } from '../../src/model/scenario.ts';
import { parseDocument } from '../../src/parse/index.ts';

function publicIn(policy: unknown): string[][] {
  const unit = adaptIamPolicy(parseDocument('p.json', JSON.stringify(policy)));
  return publicStatements(unit.policies[0], firstBranch).map((p) => p.actions.map((a) => `${a.service}:${a.name}`).sort());
}

const bucket = (statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });
const allowAll = { Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::b/*' };

test('an Allow for everyone is public with the actions it names; Deny never is', () => {
  assert.equal(publicIn(bucket([allowAll])), [['s3:GetObject', 's3:PutObject']]);
  assert.equal(publicIn(bucket([{ ...allowAll, Effect: 'Deny' }])), []);
});

test('actions are those of the service the Resource ARNs belong to', () => {
  const [actions] = publicIn(bucket([{ ...allowAll, Action: '*' }]));
  assert.ok(actions.length > 50 && actions.every((a) => a.startsWith('s3:')));
});

test('a Deny for everyone outside a VPC endpoint takes back the actions it covers, on the resources it covers', () => {
  const fence = { Effect: 'Deny', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } } };
  assert.equal(publicIn(bucket([allowAll, fence])), [['s3:GetObject']]);
  assert.equal(publicIn(bucket([allowAll, { ...fence, Action: 's3:*' }])), []);
  assert.equal(publicIn(bucket([allowAll, { ...fence, Action: 's3:*', Resource: 'arn:aws:s3:::b/private/*' }])), [['s3:GetObject', 's3:PutObject']]);
  assert.equal(publicIn(bucket([allowAll, { ...fence, Action: 's3:*', Condition: { ...fence.Condition, Bool: { 'aws:SecureTransport': 'false' } } }])), [['s3:GetObject', 's3:PutObject']]);
  assert.equal(publicIn(bucket([allowAll, { ...fence, Action: 's3:*', Principal: { AWS: 'arn:aws:iam::111122223333:role/x' } }])), [['s3:GetObject', 's3:PutObject']]);
});

test('NotPrincipal with Allow is public; NotAction grants the rest of the service', () => {
  const [actions] = publicIn(bucket([{ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, NotAction: 's3:Delete*', Resource: 'arn:aws:s3:::b/*' }]));
  assert.ok(actions.includes('s3:GetObject') && !actions.some((a) => a.startsWith('s3:Delete')));
});

test('access summaries group actions by level, most dangerous first', () => {
  const actions = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:PutObjectAcl', 's3:ListBucket'].flatMap((a) => expandAction(a)!);
  assert.is(accessSummary(actions), 'Permissions management: s3:PutObjectAcl; Write: s3:DeleteObject, s3:PutObject; Read: s3:GetObject; List: s3:ListBucket');
  const writes = expandAction('s3:Put*')!.filter((a) => a.accessLevels.join() === 'Write');
  assert.match(accessSummary(writes, 1), /^Write: s3:\w+ \(\+\d+ more\)$/);
});

test.run();
