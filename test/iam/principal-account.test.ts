import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { unknown } from '../../src/model/value.ts';
import { principalAccount } from '../../src/iam/principal-account.ts';
import { val } from './exposure-values.ts';

test('account ids and iam/sts ARNs name their account', () => {
  assert.is(principalAccount(val('"444455556666"')), '444455556666');
  assert.is(principalAccount(val('444455556666')), '444455556666');
  assert.is(principalAccount(val('arn:aws:iam::444455556666:root')), '444455556666');
  assert.is(principalAccount(val('arn:aws-us-gov:iam::444455556666:role/x')), '444455556666');
  assert.is(principalAccount(val('arn:aws:sts::444455556666:assumed-role/r/s')), '444455556666');
});

test('"*" and CloudFront identities name no account', () => {
  assert.is(principalAccount(val('"*"')), undefined);
  assert.is(principalAccount(val('"arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E1"')), undefined);
});

test('the stack\'s own account is "same"; other deploy-time accounts are unknown', () => {
  assert.is(principalAccount(unknown(['V'], 'AWS::AccountId')), 'same');
  assert.is(principalAccount(unknown(['V'], 'Fn::Sub', ['arn:', { symbol: 'AWS::Partition' }, ':iam::', { symbol: 'AWS::AccountId' }, ':root'])), 'same');
  assert.is(principalAccount(unknown(['V'], 'Fn::Sub', ['arn:', { symbol: 'AWS::Partition' }, ':iam::444455556666:root'])), '444455556666');
  assert.is(principalAccount(unknown(['V'], 'Fn::Sub', ['arn:aws:iam::', { symbol: 'parameter Vendor' }, ':root'])), 'unknown');
  assert.is(principalAccount(unknown(['V'], 'Fn::ImportValue')), 'unknown');
});

test.run();
