import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { operatorFit, parseOperator } from '../../src/iam/condition-operators.ts';
import { valueFits } from '../../src/iam/condition-values.ts';

test('operators are taken apart with their qualifiers', () => {
  assert.equal(parseOperator('ForAnyValue:StringLikeIfExists'), { base: 'StringLike', type: 'String', ifExists: true, set: 'ForAnyValue' });
  assert.equal(parseOperator('NumericLessThan'), { base: 'NumericLessThan', type: 'Numeric', ifExists: false });
  assert.equal(parseOperator('Null')?.type, 'Null');
  assert.is(parseOperator('NullIfExists'), null);
  assert.is(parseOperator('StringEqual'), null);
  assert.is(parseOperator('ForEachValue:StringLike'), null);
});

test('an operator fits the type of its key', () => {
  assert.is(operatorFit('Date', 'aws:CurrentTime', ['Date']), 'fits');
  assert.is(operatorFit('String', 'aws:CurrentTime', ['Date']), 'mismatch');
  assert.is(operatorFit('Numeric', 'aws:SourceIp', ['IPAddress']), 'mismatch');
  assert.is(operatorFit('IpAddress', 'aws:SourceIp', ['IPAddress']), 'fits');
  assert.is(operatorFit('Bool', 's3:prefix', ['String']), 'mismatch');
  assert.is(operatorFit('String', 'aws:TagKeys', ['ArrayOfString']), 'fits');
  assert.is(operatorFit('Null', 'aws:CurrentTime', ['Date']), 'fits');
  assert.is(operatorFit('Numeric', 'aws:EpochTime', ['Date', 'Numeric']), 'fits');
});

test('string operators on ARN keys are usable; ARN operators on ARN-named string keys fit', () => {
  assert.is(operatorFit('String', 'ec2:InstanceProfile', ['ARN']), 'usable');
  assert.is(operatorFit('Arn', 'aws:SourceVpcArn', ['String']), 'fits');
  assert.is(operatorFit('Arn', 's3:prefix', ['String']), 'mismatch');
});

test('values must be readable as the operator type', () => {
  assert.ok(valueFits('Numeric', '28800'));
  assert.ok(valueFits('Numeric', 3600));
  assert.not.ok(valueFits('Numeric', 'home/'));
  assert.ok(valueFits('Date', '2019-07-16T12:00:00Z'));
  assert.ok(valueFits('Date', '2019-07-16'));
  assert.ok(valueFits('Date', '1767225600'));
  assert.not.ok(valueFits('Date', 'bad'));
  assert.not.ok(valueFits('Date', '2019-13-45T99:00:00Z'));
  assert.ok(valueFits('Bool', true));
  assert.ok(valueFits('Bool', 'False'));
  assert.not.ok(valueFits('Bool', 'yes'));
  assert.ok(valueFits('IpAddress', '10.0.0.0/8'));
  assert.ok(valueFits('IpAddress', '2001:db8::/32'));
  assert.ok(valueFits('IpAddress', '203.0.113.7'));
  assert.not.ok(valueFits('IpAddress', '10.0.0.0/33'));
  assert.not.ok(valueFits('IpAddress', '10.0.0.0/8/1'));
  assert.ok(valueFits('String', 'anything'));
  assert.ok(valueFits('Numeric', '${aws:PrincipalTag/limit}'));
});

test.run();
