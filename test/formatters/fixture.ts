import type { Report } from '../../src/core/finding.ts';
import type { RuleMeta } from '../../src/core/rule-meta.ts';
import type { FormatInput } from '../../src/formatters/types.ts';

const span = (path: (string | number)[], sl: number, sc: number, el: number, ec: number) => ({
  path,
  start: { line: sl, column: sc },
  end: { line: el, column: ec },
});

/** Three linted files: a CloudFormation template, an IAM policy and a Terraform file, plus one clean file. */
export const report: Report = {
  version: 1,
  tool: { name: 'cloudseclint', version: '0.1.0' },
  results: [
    {
      file: 'templates/app.yaml',
      kind: 'cloudformation',
      findings: [
        {
          ruleId: 's3/encryption-at-rest',
          messageId: 'unencrypted',
          severity: 'error',
          message: 'Bucket Logs is not encrypted at rest',
          resource: 'Logs',
          location: span(['Resources', 'Logs', 'Properties'], 7, 5, 9, 30),
          scenario: 'when IsProd is true',
          related: [{ message: 'IsProd is defined here', location: span(['Conditions', 'IsProd'], 3, 3, 3, 40) }],
        },
        {
          ruleId: 's3/public-read',
          severity: 'warning',
          message: 'Bucket Site allows public reads',
          resource: 'Site',
          location: span(['Resources', 'Site', 'Properties', 'AccessControl'], 14, 7, 14, 35),
        },
        {
          ruleId: 's3/versioning',
          severity: 'info',
          message: 'Bucket Logs has no versioning',
          resource: 'Logs',
          location: span(['Resources', 'Logs'], 6, 3, 6, 7),
          suppressed: true,
        },
      ],
    },
    {
      file: 'policies/admin.json',
      kind: 'iam-policy',
      findings: [
        {
          ruleId: 'iam/wildcard-action',
          severity: 'error',
          message: 'Statement allows every action',
          resource: null,
          location: span(['Statement', 0, 'Action'], 5, 17, 5, 20),
        },
        {
          ruleId: 'parse/duplicate-key',
          severity: 'warning',
          message: 'Duplicate key "Effect"',
          resource: null,
          location: span(['Statement', 0, 'Effect'], 11, 7, 11, 15),
          related: [{ message: 'First defined here', location: span(['Statement', 0, 'Effect'], 4, 7, 4, 15) }],
        },
      ],
    },
    {
      file: 'infra/main.tf',
      kind: 'terraform',
      findings: [
        {
          ruleId: 'iam/wildcard-action',
          severity: 'info',
          message: 'Role policy allows s3:*',
          resource: 'aws_iam_role_policy.app',
          location: span(['resource', 'aws_iam_role_policy', 'app', 'policy'], 120, 3, 124, 4),
          related: [
            {
              message: 'The action list comes from here',
              file: 'infra/variables.tf',
              location: span(['variable', 'actions'], 2, 1, 4, 2),
            },
          ],
        },
      ],
    },
    { file: 'templates/clean.yaml', kind: 'cloudformation', findings: [] },
  ],
  summary: { files: 4, skipped: 1, errors: 2, warnings: 2, infos: 1 },
};

export const rules = new Map<string, RuleMeta>([
  [
    's3/encryption-at-rest',
    {
      id: 's3/encryption-at-rest',
      title: 'S3 buckets are encrypted at rest',
      description: 'An S3 bucket should set default server-side encryption.',
      severity: 'error',
      category: 'encryption',
      messages: { unencrypted: 'Bucket {{name}} is not encrypted at rest' },
      fix: 'Set BucketEncryption with an SSE-KMS or SSE-S3 rule.',
      references: { fsbp: ['S3.4'], checkov: ['CKV_AWS_19'], urls: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html'] },
    },
  ],
  [
    's3/public-read',
    {
      id: 's3/public-read',
      title: 'S3 buckets are not publicly readable',
      description: 'A bucket ACL should not grant reads to everyone.',
      severity: 'error',
      category: 'exposure',
      messages: { public: 'Bucket {{name}} allows public reads' },
    },
  ],
  [
    's3/versioning',
    {
      id: 's3/versioning',
      title: 'S3 buckets keep versions',
      description: 'Versioning lets you recover overwritten objects.',
      severity: 'info',
      category: 'resilience',
      messages: { off: 'Bucket {{name}} has no versioning' },
    },
  ],
  [
    'iam/wildcard-action',
    {
      id: 'iam/wildcard-action',
      title: 'IAM statements name their actions',
      description: 'An Allow statement should not grant every action of a service.',
      severity: 'error',
      category: 'iam',
      messages: { wildcard: 'Statement allows every action' },
      references: { cis: ['1.16'] },
    },
  ],
]);

export const cwd = '/home/dev/project';

export function input(overrides: Partial<FormatInput> = {}): FormatInput {
  return { report, rules, cwd, color: false, ...overrides };
}
