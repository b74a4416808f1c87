import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { conditionEffect } from '../../src/iam/condition-effect.ts';
import { unknown } from '../../src/model/value.ts';
import { jsonValue } from '../../src/iam/json-value.ts';
import { condition } from './helpers.ts';

const NOW = Date.parse('2025-06-01T00:00:00Z');
const effect = (c: unknown, ctx = {}) => conditionEffect(condition(c), ctx, NOW).effect;

test('no condition, or an empty one, is none', () => {
  assert.is(conditionEffect(undefined).effect, 'none');
  assert.is(effect({}), 'none');
});

test('IP, tag, MFA and future dates narrow the grant and name their keys', () => {
  const v = conditionEffect(condition({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' } }), {}, NOW);
  assert.equal(v, { effect: 'narrowing', keys: ['aws:SourceIp', 'aws:MultiFactorAuthPresent'] });
  assert.is(effect({ StringEquals: { 'aws:ResourceTag/team': 'blue' } }), 'narrowing');
  assert.is(effect({ DateLessThan: { 'aws:CurrentTime': '2999-01-01T00:00:00Z' } }), 'narrowing');
  assert.is(effect({ DateGreaterThan: { 'aws:TokenIssueTime': '2001-01-01T00:00:00Z' } }), 'narrowing');
});

test('an upper bound in the past on a time key is unusable', () => {
  assert.is(effect({ DateLessThan: { 'aws:CurrentTime': '2001-01-01T00:00:00Z' } }), 'unusable');
  assert.is(effect({ DateLessThanEquals: { 'aws:TokenIssueTime': ['2001-01-01', '2010-01-01'] } }), 'unusable');
  assert.is(effect({ NumericLessThan: { 'aws:EpochTime': '978307200' } }), 'unusable');
  // One value still to come is enough, the values of a key being alternatives.
  assert.is(effect({ DateLessThan: { 'aws:CurrentTime': ['2001-01-01', '2999-01-01'] } }), 'narrowing');
});

test('long-term credentials have no aws:TokenIssueTime, so IfExists lets them through', () => {
  assert.is(effect({ DateLessThanIfExists: { 'aws:TokenIssueTime': '2001-01-01T00:00:00Z' } }), 'narrowing');
  assert.is(effect({ DateLessThanIfExists: { 'aws:CurrentTime': '2001-01-01T00:00:00Z' } }), 'unusable');
});

test('a key required both present and absent, or both true and false, is unusable', () => {
  assert.is(effect({ Bool: { 'aws:MultiFactorAuthPresent': 'true' }, Null: { 'aws:MultiFactorAuthPresent': 'true' } }), 'unusable');
  assert.is(effect({ Bool: { 'aws:MultiFactorAuthPresent': 'true' }, BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }), 'unusable');
  assert.is(effect({ StringEquals: { 'aws:PrincipalTag/team': 'blue' }, Null: { 'aws:PrincipalTag/team': 'true' } }), 'unusable');
  assert.is(effect({ Bool: { 'aws:MultiFactorAuthPresent': ['true', 'false'] } }), 'narrowing');
  assert.is(effect({ Null: { 'aws:MultiFactorAuthPresent': 'false' }, BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }), 'narrowing');
});

test("a key of the attacker's request is decided, not narrowing", () => {
  const ctx = { 'iam:passedtoservice': 'ec2.amazonaws.com' };
  assert.is(effect({ StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } }, ctx), 'none');
  assert.is(effect({ StringLike: { 'iam:PassedToService': ['lambda.*', 'ec2.*'] } }, ctx), 'none');
  assert.is(effect({ StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }, ctx), 'unusable');
  assert.is(effect({ StringNotEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } }, ctx), 'unusable');
  assert.is(effect({ StringNotEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }, ctx), 'none');
  assert.is(effect({ ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/*' } }, { 'iam:policyarn': 'arn:aws:iam::aws:policy/AdministratorAccess' }), 'none');
});

test('values only known at deploy time: unknown where they could decide, narrowing elsewhere', () => {
  const withUnknown = (op: string, key: string) => jsonValue({ [op]: { [key]: 'x' } }, []);
  const c1 = withUnknown('DateLessThan', 'aws:CurrentTime');
  (c1 as { entries: Map<string, { entries: Map<string, unknown> }> }).entries.get('DateLessThan')!.entries.set('aws:CurrentTime', unknown([], 'parameter Expiry'));
  assert.is(conditionEffect(c1, {}, NOW).effect, 'unknown');
  const c2 = withUnknown('StringEquals', 'aws:SourceVpc');
  (c2 as { entries: Map<string, { entries: Map<string, unknown> }> }).entries.get('StringEquals')!.entries.set('aws:SourceVpc', unknown([], 'Ref Vpc'));
  assert.is(conditionEffect(c2, {}, NOW).effect, 'narrowing');
  assert.is(conditionEffect(unknown([], 'Fn::If'), {}, NOW).effect, 'unknown');
});

test.run();
