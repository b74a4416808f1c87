import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { complianceOf } from './run.ts';

// Over real templates and the built-in policies. Only controls that current policies implement are asserted, so
// that a new policy for another control does not break these tests.

test('fsbp over insecure resources: the controls their policies implement fail, with the findings behind them', async () => {
  const r = await complianceOf('insecure', 'fsbp');
  assert.is(r.control('EC2.3').status, 'fail');
  assert.equal(r.control('EC2.3').findings.map((f) => [f.file, f.ruleId, f.resource, f.location.start.line]), [['template.yaml', 'ebs/encryption-at-rest', 'DataVolume', 9]]);
  assert.is(r.control('EC2.53').status, 'fail');
  assert.equal(r.control('EC2.53').findings.map((f) => [f.ruleId, f.resource]), [['ec2/no-public-ingress-admin-ports', 'AdminGroup']]);
  assert.is(r.control('CloudTrail.2').status, 'fail');
  assert.is(r.control('RDS.3').status, 'pass');
  assert.ok(r.control('RDS.3').rules.includes('rds/encryption-at-rest'));
  assert.is(r.control('RDS.27').status, 'not-applicable', 'no DB cluster in the template');
  assert.is(r.control('S3.17').status, 'not-applicable', 'no bucket in the template');
  assert.is(r.control('IAM.6').status, 'not-checked');
  assert.is(r.control('IAM.6').reason, 'the root user is not defined in templates');
  assert.ok(r.summary.fail >= 3);
  assert.is(r.files, 1);
  assert.equal(r.unreadable, []);
});

test('fsbp over the same resources configured well: those controls pass', async () => {
  const r = await complianceOf('secure', 'fsbp');
  for (const id of ['EC2.3', 'EC2.13', 'EC2.53', 'EC2.54', 'EC2.19', 'CloudTrail.2', 'RDS.3']) assert.is(r.control(id).status, 'pass', id);
});

test('cis and wa judge the same findings by their own controls', async () => {
  const cis = await complianceOf('insecure', 'cis');
  assert.is(cis.control('2.2.1').status, 'fail');
  assert.is(cis.control('5.2').status, 'fail');
  assert.is(cis.control('3.5').status, 'fail');
  assert.is(cis.control('2.3.1').status, 'pass');
  assert.is(cis.control('2.4.1').status, 'not-applicable');
  assert.is(cis.summary.controls, 62);
  const wa = await complianceOf('insecure', 'wa');
  assert.is(wa.control('SEC05').status, 'fail');
  assert.is(wa.control('SEC08').status, 'fail');
  assert.is(wa.control('SEC10').status, 'not-checked');
});

test("the framework's rules run whatever the presets say", async () => {
  const r = await complianceOf('insecure', 'fsbp', { extends: [] });
  assert.is(r.control('EC2.3').status, 'fail');
  assert.is(r.control('RDS.3').status, 'pass');
});

test('a rule the config turns off is listed as disabled, and its controls are not passed', async () => {
  const off = await complianceOf('secure', 'fsbp', { rules: { 'ebs/encryption-at-rest': 'off' } });
  assert.is(off.control('EC2.3').status, 'not-checked');
  assert.is(off.control('EC2.3').reason, 'disabled by config: ebs/encryption-at-rest');
  assert.equal(off.control('EC2.3').disabled, ['ebs/encryption-at-rest']);
  // Off for some files only (an override) is still off.
  const partly = await complianceOf('insecure', 'fsbp', { overrides: [{ files: ['*.yaml'], rules: { 'rds/encryption-at-rest': 'off' } }] });
  assert.is(partly.control('RDS.3').status, 'not-checked');
  assert.equal(partly.control('RDS.3').disabled, ['rds/encryption-at-rest']);
  // A severity other than off is kept, and the rule still counts.
  const lowered = await complianceOf('insecure', 'fsbp', { rules: { 'ebs/encryption-at-rest': 'info' } });
  assert.is(lowered.control('EC2.3').status, 'fail');
  assert.is(lowered.control('EC2.3').findings[0].severity, 'info');
});

test('a standalone identity policy is judged as a customer managed policy', async () => {
  const r = await complianceOf('policy-only', 'fsbp');
  assert.is(r.control('IAM.1').status, 'fail');
  assert.equal(r.control('IAM.1').findings.map((f) => [f.file, f.ruleId, f.resource]), [['admin.json', 'iam/no-wildcard-action', null]]);
  assert.is(r.control('EC2.3').status, 'not-applicable');
});

test('a file that cannot be parsed is listed, since nothing in it was judged', async () => {
  const r = await complianceOf('unreadable', 'fsbp');
  assert.equal(r.unreadable.map((u) => u.file), ['broken.json']);
  assert.match(r.unreadable[0].message, /comma/i);
  assert.is(r.control('S3.17').status, 'not-applicable', 'the bucket in the broken file is not seen');
});

test.run();
