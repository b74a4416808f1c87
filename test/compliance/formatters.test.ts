import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ComplianceReport } from '../../src/compliance/types.ts';
import { complianceFormatters } from '../../src/formatters/compliance.ts';
import { validatorFor } from '../formatters/schema-validator.ts';
import { complianceOf } from './run.ts';

const validate = validatorFor(new URL('../../schemas/compliance.schema.json', import.meta.url), { strict: true });

const at = (line: number, column: number) => ({ path: ['Resources', 'Vol', 'Properties', 'Encrypted'], start: { line, column }, end: { line, column: column + 5 } });

const report: ComplianceReport = {
  tool: { name: 'cloudseclint', version: '1.2.3' },
  framework: { id: 'fsbp', title: 'AWS Foundational Security Best Practices', version: '1.0.0' },
  files: 2,
  unreadable: [],
  controls: [
    { id: 'IAM.6', title: 'Hardware MFA should be enabled for the root user', status: 'not-checked', rules: [], disabled: [], reason: 'the root user is not defined in templates', findings: [] },
    { id: 'EC2.3', title: 'Attached Amazon EBS volumes should be encrypted at-rest', status: 'fail', rules: ['ebs/encryption-at-rest'], disabled: [], findings: [
      { file: 'a.yaml', ruleId: 'ebs/encryption-at-rest', severity: 'error', message: 'EBS volume Vol is not encrypted', resource: 'Vol', location: at(9, 7), scenario: 'when IsProd is true' },
    ] },
    { id: 'RDS.3', title: 'RDS DB instances should have encryption at-rest enabled', status: 'pass', rules: ['rds/encryption-at-rest'], disabled: [], findings: [] },
    { id: 'S3.17', title: 'S3 general purpose buckets should be encrypted at rest with AWS KMS keys', status: 'not-applicable', rules: ['s3/encryption-at-rest'], disabled: [], findings: [] },
  ],
  summary: { controls: 4, fail: 1, pass: 1, notChecked: 1, notApplicable: 1 },
};

test('stylish: grouped by status, failures first with their findings, then a summary', () => {
  assert.fixture(complianceFormatters.stylish({ compliance: report, color: false }), [
    'AWS Foundational Security Best Practices 1.0.0: 2 files scanned',
    '',
    'fail            EC2.3  Attached Amazon EBS volumes should be encrypted at-rest',
    '                  a.yaml:9:7  ebs/encryption-at-rest  EBS volume Vol is not encrypted (when IsProd is true)',
    'pass            RDS.3  RDS DB instances should have encryption at-rest enabled',
    'not checked     IAM.6  Hardware MFA should be enabled for the root user  (the root user is not defined in templates)',
    'not applicable  S3.17  S3 general purpose buckets should be encrypted at rest with AWS KMS keys',
    '',
    '✖ 1 of 4 controls fail; 1 pass, 1 not checked, 1 not applicable',
    '',
  ].join('\n'));
});

test('stylish: no failure, and unreadable files make the run fail all the same', () => {
  const passing = { ...report, controls: report.controls.filter((c) => c.status !== 'fail'), summary: { ...report.summary, controls: 3, fail: 0 } };
  assert.match(complianceFormatters.stylish({ compliance: passing, color: false }), /\n✔ No control fails \(3 controls\): 1 pass, 1 not checked, 1 not applicable\n$/);
  const broken = { ...passing, unreadable: [{ file: 'b.json', message: 'Unexpected end of input' }] };
  const text = complianceFormatters.stylish({ compliance: broken, color: false });
  assert.match(text, /\n! b\.json could not be parsed, so nothing in it was judged: Unexpected end of input\n✖ No control fails \(3 controls\): 1 pass, 1 not checked, 1 not applicable; 1 file could not be parsed\n$/);
});

test('stylish: colours only when asked', () => {
  assert.ok(complianceFormatters.stylish({ compliance: report, color: true }).includes('\x1b[31mfail\x1b[39m'));
  assert.not.ok(complianceFormatters.stylish({ compliance: report, color: false }).includes('\x1b['));
});

test('json: validates against schemas/compliance.schema.json and keeps only the contract', () => {
  const parsed = JSON.parse(complianceFormatters.json({ compliance: report, color: false }));
  assert.equal(validate(parsed), []);
  assert.is(parsed.version, 1);
  assert.equal(parsed.summary, { controls: 4, fail: 1, pass: 1, notChecked: 1, notApplicable: 1 });
  assert.equal(parsed.controls.map((c: { id: string; status: string }) => [c.id, c.status]), [['IAM.6', 'not-checked'], ['EC2.3', 'fail'], ['RDS.3', 'pass'], ['S3.17', 'not-applicable']]);
  const leaky = structuredClone(report);
  Object.assign(leaky.controls[1].findings[0], { related: [], messageId: 'x', suppressed: false });
  assert.is(complianceFormatters.json({ compliance: leaky, color: false }), complianceFormatters.json({ compliance: report, color: false }));
});

test('json: the schema rejects what the contract does not allow', () => {
  const parsed = JSON.parse(complianceFormatters.json({ compliance: report, color: false }));
  parsed.controls[0].status = 'skipped';
  parsed.controls[1].findings[0].location.start.line = 0;
  parsed.framework.id = 'pci';
  assert.is(validate(parsed).length, 3);
});

test('json: real reports of every framework validate', async () => {
  for (const framework of ['fsbp', 'cis', 'wa'] as const) {
    const compliance = await complianceOf('insecure', framework);
    assert.equal(validate(JSON.parse(complianceFormatters.json({ compliance, color: false }))), [], framework);
  }
});

test.run();
