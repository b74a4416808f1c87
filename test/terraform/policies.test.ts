import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeJsonValue } from '../../src/adapters/terraform/json-value.ts';
import { isJsonEncoded } from '../../src/adapters/terraform/values.ts';
import { firstBranch } from '../../src/model/scenario.ts';
import { attrs, dig, instance, loadFiles, show, where } from './helpers.ts';

const DOC = [
  'data "aws_iam_policy_document" "p" {', // 1
  '  statement {', // 2
  '    sid       = "Read"', // 3
  '    actions   = ["s3:GetObject"]', // 4
  '    resources = ["${aws_s3_bucket.b.arn}/*"]', // 5
  '    principals {', // 6
  '      type        = "AWS"', // 7
  '      identifiers = ["arn:aws:iam::111122223333:root"]', // 8
  '    }', // 9
  '    principals {', // 10
  '      type        = "AWS"', // 11
  '      identifiers = ["arn:aws:iam::444455556666:root"]', // 12
  '    }', // 13
  '    condition {', // 14
  '      test     = "StringEquals"', // 15
  '      variable = "aws:SourceVpc"', // 16
  '      values   = ["vpc-1"]', // 17
  '    }', // 18
  '  }', // 19
  '  statement {', // 20
  '    effect        = "Deny"', // 21
  '    not_actions   = ["iam:*"]', // 22
  '    not_resources = ["*"]', // 23
  '    not_principals {', // 24
  '      type        = "*"', // 25
  '      identifiers = ["*"]', // 26
  '    }', // 27
  '  }', // 28
  '}', // 29
  'resource "aws_s3_bucket" "b" {', // 30
  '  bucket = "b"', // 31
  '}', // 32
  'resource "aws_s3_bucket_policy" "bp" {', // 33
  '  bucket = aws_s3_bucket.b.id', // 34
  '  policy = data.aws_iam_policy_document.p.json', // 35
  '}', // 36
].join('\n');

test('aws_iam_policy_document renders the JSON policy: statements, default Allow, Not*, principals, conditions', async () => {
  const r = await loadFiles({ 'main.tf': DOC });
  assert.equal(show(dig(instance(r, 'aws_s3_bucket_policy.bp').attributes(firstBranch), 'policy')), {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Read',
        Effect: 'Allow',
        Action: ['s3:GetObject'],
        Resource: ['<${aws_s3_bucket.b.arn}/*>'],
        Principal: { AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:root'] },
        Condition: { StringEquals: { 'aws:SourceVpc': ['vpc-1'] } },
      },
      { Effect: 'Deny', NotAction: ['iam:*'], NotResource: ['*'], NotPrincipal: '*' },
    ],
  });
});

test('policy = data.….json: the document stands at the attribute, its parts at the HCL that wrote them', async () => {
  const r = await loadFiles({ 'main.tf': DOC });
  const policy = dig(instance(r, 'aws_s3_bucket_policy.bp').attributes(firstBranch), 'policy')!;
  assert.ok(isJsonEncoded(policy), 'JSON text in Terraform terms');
  assert.is(where(r, policy), 'main.tf:35:12');
  assert.equal(policy.via?.map((v) => v.message), ['data.aws_iam_policy_document.p.json']);
  assert.is(where(r, dig(policy, 'Statement', 0, 'Action', 0)!), 'main.tf:4:18');
  assert.is(where(r, dig(policy, 'Statement', 0, 'Effect')!), 'main.tf:2:3', 'the default Allow: at the statement block');
  assert.is(where(r, dig(policy, 'Statement', 1, 'Effect')!), 'main.tf:21:21');
  assert.is(where(r, dig(policy, 'Statement', 0, 'Principal', 'AWS', 1)!), 'main.tf:12:22');
  assert.is(where(r, dig(policy, 'Statement', 1, 'NotPrincipal')!), 'main.tf:24:5');
  assert.is(where(r, dig(policy, 'Statement', 0, 'Condition', 'StringEquals', 'aws:SourceVpc', 0)!), 'main.tf:17:19');
  // An operator at its `test`, a key at its `variable`: findings on them point at the line that wrote them.
  assert.is(where(r, dig(policy, 'Statement', 0, 'Condition', 'StringEquals')!), 'main.tf:15:18');
  assert.is(where(r, dig(policy, 'Statement', 0, 'Condition', 'StringEquals', 'aws:SourceVpc')!), 'main.tf:16:18');
});

test('source_policy_documents and override_policy_documents merge by Sid', async () => {
  const r = await loadFiles({
    'main.tf': [
      'data "aws_iam_policy_document" "base" {',
      '  statement {',
      '    sid     = "A"',
      '    actions = ["s3:GetObject"]',
      '  }',
      '  statement {',
      '    sid     = "B"',
      '    actions = ["s3:PutObject"]',
      '  }',
      '}',
      'data "aws_iam_policy_document" "p" {',
      '  source_policy_documents   = [data.aws_iam_policy_document.base.json]',
      '  override_policy_documents = [jsonencode({ Statement = [{ Sid = "B", Effect = "Deny", Action = "*" }] })]',
      '  statement {',
      '    sid     = "A"',
      '    actions = ["s3:ListBucket"]',
      '  }',
      '  statement {',
      '    actions = ["ec2:*"]',
      '  }',
      '}',
    ].join('\n'),
  });
  const doc = dig(instance(r, 'data.aws_iam_policy_document.p').attributes(firstBranch), 'json');
  assert.equal(show(dig(doc, 'Statement')), [
    { Sid: 'A', Effect: 'Allow', Action: ['s3:ListBucket'] },
    { Sid: 'B', Effect: 'Deny', Action: '*' },
    { Effect: 'Allow', Action: ['ec2:*'] },
  ]);
});

test('&{…} is a policy variable: rendered as ${…} in resources, principals and condition values', async () => {
  const r = await loadFiles({
    'main.tf': [
      'data "aws_iam_policy_document" "p" {',
      '  statement {',
      '    actions   = ["s3:GetObject", "s3:&{x}"]',
      '    resources = ["arn:aws:s3:::home/&{aws:username}/*", "${aws_s3_bucket.b.arn}/&{aws:userid}"]',
      '    principals {',
      '      type        = "AWS"',
      '      identifiers = ["arn:aws:iam::111122223333:user/&{aws:username}"]',
      '    }',
      '    condition {',
      '      test     = "StringLike"',
      '      variable = "s3:prefix"',
      '      values   = ["home/&{aws:username}/*"]',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  });
  const st = dig(instance(r, 'data.aws_iam_policy_document.p').attributes(firstBranch), 'json', 'Statement', 0);
  assert.equal(show(dig(st, 'Resource')), ['arn:aws:s3:::home/${aws:username}/*', '<${aws_s3_bucket.b.arn}/${aws:userid}>']);
  assert.equal(show(dig(st, 'Principal')), { AWS: ['arn:aws:iam::111122223333:user/${aws:username}'] });
  assert.equal(show(dig(st, 'Condition')), { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } });
  assert.equal(show(dig(st, 'Action')), ['s3:GetObject', 's3:&{x}'], 'actions are left as written');
  assert.is(where(r, dig(st, 'Resource', 0)!), 'main.tf:4:18');
});

test('jsonencode keeps the structure with unknown parts where they are; string contexts get the JSON text', async () => {
  const r = await loadFiles({
    'main.tf': [
      'resource "aws_iam_policy" "p" {',
      '  policy = jsonencode({',
      '    Version = "2012-10-17"',
      '    Statement = [{ Effect = "Allow", Action = ["s3:*"], Resource = aws_s3_bucket.b.arn }]',
      '  })',
      '  text = "x${jsonencode({ a = 1 })}"',
      '  same = "${jsonencode({ a = 1 })}"',
      '  n    = length(jsonencode(["x"]))',
      '}',
    ].join('\n'),
  });
  const p = instance(r, 'aws_iam_policy.p').attributes(firstBranch);
  const policy = dig(p, 'policy')!;
  assert.ok(isJsonEncoded(policy));
  assert.equal(show(policy), { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*'], Resource: '<aws_s3_bucket.b.arn>' }] });
  assert.is(where(r, dig(policy, 'Statement', 0, 'Action', 0)!), 'main.tf:4:48', 'jsonencode of a literal is located like the document it encodes');
  assert.equal(show(dig(p, 'text')), 'x{"a":1}');
  assert.ok(isJsonEncoded(dig(p, 'same')!), 'a lone interpolation is its value: still the encoded structure');
  assert.equal(show(dig(p, 'n')), 5);
});

test('heredoc policies: a string, decoded with decodeJsonValue; interpolations become unknown parts', async () => {
  const r = await loadFiles({
    'main.tf': [
      'resource "aws_iam_role_policy" "p" {',
      '  policy = <<EOF',
      '{',
      '  "Version": "2012-10-17",',
      '  "Statement": [{ "Effect": "Allow", "Action": ${jsonencode(["s3:*"])}, "Resource": "${aws_s3_bucket.b.arn}/*" }]',
      '}',
      'EOF',
      '  literal = <<EOF',
      '{"Statement": {"Effect": "Deny", "Action": "*"}}',
      'EOF',
      '}',
    ].join('\n'),
  });
  const v = instance(r, 'aws_iam_role_policy.p').attributes(firstBranch);
  const literal = decodeJsonValue(dig(v, 'literal')!);
  assert.equal(show(literal), { Statement: { Effect: 'Deny', Action: '*' } });
  const policy = decodeJsonValue(dig(v, 'policy')!);
  assert.equal(show(policy), { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*'], Resource: '<${aws_s3_bucket.b.arn}/*>' }] });
  assert.is(where(r, dig(policy, 'Statement', 0, 'Resource')!), 'main.tf:2:12');
  assert.is(decodeJsonValue(dig(v, 'literal')!.kind === 'scalar' ? { ...dig(v, 'literal')!, value: 'not json' } as never : dig(v, 'literal')!), undefined);
});

test('references: a configured attribute is known (with a via), a computed one is an unknown naming the address; data sources likewise', async () => {
  const r = await loadFiles({
    'main.tf': [
      'data "aws_caller_identity" "me" {}',
      'resource "aws_s3_bucket" "b" {',
      '  bucket = "logs"',
      '  versioning {',
      '    enabled = true',
      '  }',
      '}',
      'resource "aws_x" "r" {',
      '  name    = aws_s3_bucket.b.bucket',
      '  id      = aws_s3_bucket.b.id',
      '  arn     = "${aws_s3_bucket.b.arn}/*"',
      '  ver     = aws_s3_bucket.b.versioning[0].enabled',
      '  account = data.aws_caller_identity.me.account_id',
      '  missing = aws_nothing.here.id',
      '  module  = module.none.out',
      '}',
    ].join('\n'),
  });
  assert.equal(attrs(r, 'aws_x.r'), {
    name: 'logs',
    id: '<aws_s3_bucket.b.id>',
    arn: '<${aws_s3_bucket.b.arn}/*>',
    ver: true,
    account: '<data.aws_caller_identity.me.account_id>',
    missing: '<aws_nothing.here.id>',
    module: '<module.none.out>',
  });
  const name = dig(instance(r, 'aws_x.r').attributes(firstBranch), 'name')!;
  assert.is(where(r, name), 'main.tf:9:13');
  assert.equal(name.via?.map((v) => `${v.message} ${v.range?.start.line}:${v.range?.start.column}`), ['aws_s3_bucket.b.bucket 3:12']);
  assert.equal([...instance(r, 'aws_x.r').references].sort(), ['aws_s3_bucket.b', 'data.aws_caller_identity.me']);
});

test.run();
