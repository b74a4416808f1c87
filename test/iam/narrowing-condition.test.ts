import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Value } from '../../src/model/value.ts';
import { unknown } from '../../src/model/value.ts';
import { narrowsCallers } from '../../src/iam/narrowing-condition.ts';
import { val } from './exposure-values.ts';

const narrows = (condition: string) => narrowsCallers(val(condition));

test('no condition, or keys that say nothing about the caller, do not narrow', () => {
  assert.is(narrowsCallers(undefined), false);
  assert.is(narrows('{Bool: {aws:SecureTransport: "true"}}'), false);
  assert.is(narrows('{StringLike: {aws:Referer: "https://example.com/*"}}'), false);
  assert.is(narrows('{StringEquals: {sts:ExternalId: secret, aws:username: bob}}'), false);
  assert.is(narrows('{StringEquals: {aws:PrincipalTag/team: ops}}'), false);
});

test('organisation, account, source, network and caller id keys narrow, whatever the key case', () => {
  assert.is(narrows('{StringEquals: {aws:PrincipalOrgID: o-a1b2c3d4e5}}'), true);
  assert.is(narrows('{StringEquals: {AWS:SourceAccount: "111122223333"}}'), true);
  assert.is(narrows('{ArnLike: {aws:SourceArn: "arn:aws:sns:us-east-1:111122223333:alerts"}}'), true);
  assert.is(narrows('{StringEquals: {aws:SourceVpce: vpce-1a2b3c4d}}'), true);
  assert.is(narrows('{IpAddress: {aws:SourceIp: [203.0.113.0/24]}}'), true);
  assert.is(narrows('{StringLike: {aws:userid: "AROAEXAMPLE:*"}}'), true);
  assert.is(narrows('{"ForAnyValue:StringLike": {aws:PrincipalOrgPaths: "o-a1b2c3d4e5/r-ab12/*"}}'), true);
  assert.is(narrows('{StringEquals: {kms:CallerAccount: "111122223333", kms:ViaService: s3.us-east-1.amazonaws.com}}'), true);
});

test('operators a request without the key passes do not narrow', () => {
  assert.is(narrows('{StringNotEquals: {aws:SourceVpce: vpce-1a2b3c4d}}'), false);
  assert.is(narrows('{StringEqualsIfExists: {aws:SourceVpc: vpc-1}}'), false);
  assert.is(narrows('{Null: {aws:SourceVpce: "false"}}'), false);
  assert.is(narrows('{"ForAllValues:StringEquals": {aws:PrincipalOrgID: o-a1b2c3d4e5}}'), false);
  assert.is(narrows('{NotIpAddress: {aws:SourceIp: 10.0.0.0/8}}'), false);
});

test('wildcard values that match anyone do not narrow; under StringEquals a * is a literal', () => {
  assert.is(narrows('{StringLike: {aws:PrincipalOrgID: "*"}}'), false);
  assert.is(narrows('{StringLike: {aws:PrincipalOrgID: "o-*"}}'), false);
  assert.is(narrows('{StringLike: {aws:SourceAccount: ["111122223333", "*"]}}'), false);
  assert.is(narrows('{ArnLike: {aws:PrincipalArn: "arn:aws:iam::*:role/deployer"}}'), false);
  assert.is(narrows('{ArnLike: {aws:SourceArn: "arn:aws:s3:::*"}}'), false);
  assert.is(narrows('{ArnLike: {aws:SourceArn: "arn:aws:s3:::my-bucket"}}'), true);
  assert.is(narrows('{ArnLike: {aws:PrincipalArn: "arn:aws:iam::111122223333:role/*"}}'), true);
  assert.is(narrows('{IpAddress: {aws:SourceIp: 0.0.0.0/0}}'), false);
  assert.is(narrows('{IpAddress: {aws:SourceIp: "::/0"}}'), false);
  assert.is(narrows('{StringEquals: {aws:PrincipalOrgID: "*"}}'), true);
  assert.is(narrows('{StringEquals: {aws:PrincipalOrgID: ""}}'), false);
});

test('one narrowing test is enough; deploy-time values and blocks leave it unknown, never open', () => {
  assert.is(narrows('{Bool: {aws:SecureTransport: "true"}, StringEquals: {aws:SourceAccount: "111122223333"}}'), true);
  const accountOfStack: Value = {
    kind: 'object',
    path: ['V'],
    entries: new Map([['StringEquals', { kind: 'object', path: ['V'], entries: new Map([['aws:SourceAccount', unknown(['V'], 'AWS::AccountId')]]) }]]),
  };
  assert.is(narrowsCallers(accountOfStack), 'unknown');
  assert.is(narrowsCallers(unknown(['V'], 'Fn::ImportValue')), 'unknown');
});

test.run();
