import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { noWriteOnAllResources } from '../../src/rules/iam/no-write-on-all-resources.ts';
import { lintText } from '../helpers/lint-text.ts';

const policy = (actions: string[], extra = '') => `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow",
      "Action": [
${actions.map((a) => `        "${a}"`).join(',\n')}
      ],
      "Resource": "*"${extra} }
  ]
}`;

test('one finding per statement, at its first write action, the others as related locations', () => {
  const findings = lintText('p.json', policy(['ec2:DescribeNetworkInterfaces', 'ec2:CreateNetworkInterface', 'ec2:DeleteNetworkInterface', 'ec2:AttachNetworkInterface', 'ec2:DetachNetworkInterface']), [noWriteOnAllResources]);
  assert.is(findings.length, 1);
  const [f] = findings;
  assert.is(f.location.start.line, 7);
  assert.match(f.message, 'allows ec2:CreateNetworkInterface, ec2:DeleteNetworkInterface, ec2:AttachNetworkInterface and 1 more on every resource (Resource "*"), though they can be limited');
  assert.equal(
    f.related?.map((r) => [r.location.start.line, r.message]),
    [
      [8, 'ec2:DeleteNetworkInterface, in the same statement'],
      [9, 'ec2:AttachNetworkInterface, in the same statement'],
      [10, 'ec2:DetachNetworkInterface, in the same statement'],
    ],
  );
});

test('two actions read as a pair, one alone keeps "it" and its examples', () => {
  const two = lintText('p.json', policy(['sqs:DeleteMessage', 'sqs:SendMessage']), [noWriteOnAllResources]);
  assert.is(two.length, 1);
  assert.match(two[0].message, 'allows sqs:DeleteMessage and sqs:SendMessage on every resource (Resource "*"), though they can');
  const one = lintText('p.json', policy(['s3:Put*']), [noWriteOnAllResources]);
  assert.is(one.length, 1);
  assert.match(one[0].message, /allows s3:Put\* on every resource \(Resource "\*"\), including s3:\S+, s3:\S+, s3:\S+ and \d+ more, though it can/);
  assert.is(one[0].related, undefined);
});

test('actions a conditional Deny removes are a finding of their own, marked conditional', () => {
  const text = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": ["sqs:DeleteMessage", "sqs:SendMessage"], "Resource": "*" },
    { "Effect": "Deny", "Action": "sqs:DeleteMessage", "Resource": "*", "Condition": { "Bool": { "aws:SecureTransport": "false" } } }
  ]
}`;
  const findings = lintText('p.json', text, [noWriteOnAllResources]);
  assert.equal(
    findings.map((f) => [f.messageId, f.message.replace(/^.* allows /, '')]),
    [
      ['violation', 'sqs:SendMessage on every resource (Resource "*"), though it can be limited to specific resources'],
      ['conditional', 'sqs:DeleteMessage on every resource (Resource "*"), conditionally (a Deny with a condition), though it can be limited to specific resources'],
    ],
  );
});

test.run();
