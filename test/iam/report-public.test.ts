import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { publicReadAccess } from '../../src/rules/iam/public-read-access.ts';
import { publicResourcePolicy } from '../../src/rules/iam/public-resource-policy.ts';
import { lintTerraformText, lintText } from '../helpers/lint-text.ts';

const template = (block: string, bucket = '!Ref Bucket', action = 's3:GetObject') => `Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration:
${block}
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: ${bucket}
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: ${action}
            Resource: arn:aws:s3:::data/*
`;
const rules = [publicReadAccess, publicResourcePolicy];

test("a public bucket policy says what the bucket's public access block does to it, with a related location", () => {
  const refused = lintText('t.yaml', template('        BlockPublicPolicy: true\n        RestrictPublicBuckets: true'), rules);
  assert.is(refused.length, 1);
  assert.match(refused[0].message, /; the BlockPublicPolicy of bucket Bucket makes S3 refuse this policy, so the deployment fails$/);
  assert.equal(refused[0].related?.map((r) => [r.location.start.line, r.message]), [[6, 'BlockPublicPolicy of Bucket: S3 refuses a public bucket policy']]);

  const restricted = lintText('t.yaml', template('        BlockPublicPolicy: false\n        RestrictPublicBuckets: true'), rules);
  assert.match(restricted[0].message, /; the RestrictPublicBuckets of bucket Bucket keeps out all but AWS services and the bucket owner's account while it is on$/);
  assert.equal(restricted[0].related?.map((r) => r.location.start.line), [7]);

  // the same for a write grant, reported by iam/public-resource-policy
  const write = lintText('t.yaml', template('        BlockPublicPolicy: true', '!Ref Bucket', 's3:PutObject'), rules);
  assert.is(write[0].ruleId, 'iam/public-resource-policy');
  assert.match(write[0].message, /makes S3 refuse this policy/);
});

test('no note when the block is off, unknown, or the bucket is not in the template', () => {
  for (const [block, bucket] of [
    ['        BlockPublicAcls: true', '!Ref Bucket'],
    ['        BlockPublicPolicy: !Ref AWS::NoValue', '!Ref Bucket'],
    ['        BlockPublicPolicy: true', 'some-other-bucket'],
  ]) {
    const findings = lintText('t.yaml', template(block, bucket), rules);
    assert.is(findings.length, 1, `${block} / ${bucket}`);
    assert.match(findings[0].message, /no condition narrows who can call$/);
    assert.is(findings[0].related?.length ?? 0, 0);
  }
});

test('Terraform: aws_s3_bucket_public_access_block counts for the bucket it names', async () => {
  const findings = await lintTerraformText(
    '/tmp/cloudseclint-report-public/main.tf',
    `resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket              = aws_s3_bucket.data.id
  block_public_policy = true
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::data/*" }]
  })
}
`,
    rules,
  );
  assert.is(findings.length, 1);
  assert.match(findings[0].message, /the BlockPublicPolicy of bucket aws_s3_bucket\.data makes S3 refuse this policy/);
  assert.equal(findings[0].related?.map((r) => r.location.start.line), [7]);
});

test.run();
