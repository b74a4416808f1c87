import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Catalog } from '../../src/compliance/catalog.ts';
import { evaluateCompliance, type ComplianceInput } from '../../src/compliance/evaluate.ts';
import { implementersOf } from '../../src/compliance/implementers.ts';
import type { Inventory } from '../../src/compliance/inventory.ts';
import type { Finding, Report } from '../../src/core/finding.ts';
import type { RuleMeta } from '../../src/core/rule-meta.ts';

// Synthetic catalog, rules and findings: these tests pin the verdict logic, whatever the built-in policies become.
const catalog: Catalog = {
  framework: 'fsbp',
  title: 'Test framework',
  version: '1',
  source: 'https://example.com',
  description: 'test',
  controls: [
    { id: 'S3.1', title: 'account-level', resourceTypes: [], note: 'an account setting' },
    { id: 'S3.2', title: 'buckets are private', resourceTypes: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'] },
    { id: 'Lambda.1', title: 'functions are private', resourceTypes: ['AWS::Lambda::Function', 'AWS::Lambda::Permission'] },
    { id: 'EC2.3', title: 'volumes are encrypted', resourceTypes: ['AWS::EC2::Volume'] },
    { id: 'EC2.9', title: 'no public IPs', resourceTypes: ['AWS::EC2::Instance'] },
    { id: 'IAM.1', title: 'no admin policies', resourceTypes: ['AWS::IAM::ManagedPolicy'] },
    { id: 'RDS.3', title: 'databases are encrypted', resourceTypes: ['AWS::RDS::DBInstance'] },
    { id: 'SEC08', title: 'data at rest', resourceTypes: ['AWS::EC2::Volume', 'AWS::S3::Bucket', 'AWS::SQS::Queue'] },
  ],
};

const meta = (id: string, fsbp: string[]): RuleMeta => ({ id, title: id, description: id, severity: 'error', category: 't', messages: { m: 'm' }, references: { fsbp } });
const metas = [
  meta('x/public-policy', ['S3.2', 'Lambda.1']),
  meta('x/volume', ['EC2.3', 'SEC08']),
  meta('x/anything', ['SEC08']),
  meta('x/admin', ['IAM.1']),
  meta('x/rds-a', ['RDS.3']),
  meta('x/rds-b', ['RDS.3']),
  meta('x/typo', ['S3.99']),
];

const finding = (ruleId: string, resource: string | null, extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  severity: 'error',
  message: `${ruleId} on ${resource}`,
  resource,
  location: { path: [], start: { line: 3, column: 5 }, end: { line: 3, column: 9 } },
  ...extra,
});

function inventory(resources: Record<string, string>, standalone: Record<string, string> = {}): Inventory {
  return {
    types: new Set([...Object.values(resources), ...Object.values(standalone)]),
    typeOf: (file, id) => (id === null ? standalone[file] : resources[id]),
  };
}

function judge(findings: Finding[], inv: Inventory, disabled: string[] = [], extra: Partial<ComplianceInput> = {}) {
  const report: Report = {
    version: 1,
    tool: { name: 'cloudseclint', version: '0.0.0' },
    results: [{ file: 't.yaml', kind: 'cloudformation', findings }],
    summary: { files: 1, skipped: 0, errors: 0, warnings: 0, infos: 0 },
  };
  const examined = new Map([['x/volume', new Set(['AWS::EC2::Volume'])]]);
  const out = evaluateCompliance({ framework: 'fsbp', catalog, report, inventory: inv, implementers: implementersOf(metas, 'fsbp', catalog), disabled: new Set(disabled), examined, ...extra });
  return { out, status: Object.fromEntries(out.controls.map((c) => [c.id, c.status])) };
}

test('implementers: rule ids by control, sorted, ignoring ids the catalog does not list', () => {
  const by = implementersOf(metas, 'fsbp', catalog);
  assert.equal(by.get('RDS.3'), ['x/rds-a', 'x/rds-b']);
  assert.equal(by.get('EC2.9'), []);
  assert.not.ok(by.has('S3.99'));
});

test('pass, fail, not applicable and not checked, in catalog order', () => {
  const { out, status } = judge([finding('x/volume', 'Vol')], inventory({ Vol: 'AWS::EC2::Volume', Db: 'AWS::RDS::DBInstance', Web: 'AWS::EC2::Instance' }));
  assert.equal(status, {
    'S3.1': 'not-checked',
    'S3.2': 'not-applicable',
    'Lambda.1': 'not-applicable',
    'EC2.3': 'fail',
    'EC2.9': 'not-checked',
    'IAM.1': 'not-applicable',
    'RDS.3': 'pass',
    SEC08: 'fail',
  });
  const byId = new Map(out.controls.map((c) => [c.id, c]));
  assert.is(byId.get('S3.1')!.reason, 'an account setting');
  assert.is(byId.get('EC2.9')!.reason, 'no cloudseclint rule implements it');
  assert.equal(byId.get('EC2.3')!.findings.map((f) => [f.file, f.ruleId, f.resource]), [['t.yaml', 'x/volume', 'Vol']]);
  assert.equal(out.summary, { controls: 8, fail: 2, pass: 1, notChecked: 2, notApplicable: 3 });
  assert.equal(out.framework, { id: 'fsbp', title: 'Test framework', version: '1' });
});

test("a finding counts against a control only for a resource of the control's types", () => {
  // The same rule implements S3.2 and Lambda.1: a public bucket policy fails the first and says nothing of the second.
  const inv = inventory({ Policy: 'AWS::S3::BucketPolicy', Fn: 'AWS::Lambda::Function' });
  const { status, out } = judge([finding('x/public-policy', 'Policy')], inv);
  assert.is(status['S3.2'], 'fail');
  assert.is(status['Lambda.1'], 'pass');
  assert.equal(out.controls.find((c) => c.id === 'Lambda.1')!.findings, []);
});

test('a finding on something whose type cannot be told counts against every control of its rule', () => {
  const { status } = judge([finding('x/public-policy', null)], inventory({}));
  assert.is(status['S3.2'], 'fail');
  assert.is(status['Lambda.1'], 'fail');
});

test('a standalone policy file counts as the type it is deployed as', () => {
  const { status } = judge([finding('x/admin', null)], inventory({}, { 't.yaml': 'AWS::IAM::ManagedPolicy' }));
  assert.is(status['IAM.1'], 'fail');
  assert.is(judge([], inventory({}, { 't.yaml': 'AWS::IAM::ManagedPolicy' })).status['IAM.1'], 'pass');
});

test('a control whose rules did not all run is not passed; a finding from the others still fails it', () => {
  const inv = inventory({ Db: 'AWS::RDS::DBInstance' });
  const partly = judge([], inv, ['x/rds-b']).out.controls.find((c) => c.id === 'RDS.3')!;
  assert.is(partly.status, 'not-checked');
  assert.is(partly.reason, 'disabled by config: x/rds-b');
  assert.equal(partly.disabled, ['x/rds-b']);
  assert.is(judge([finding('x/rds-a', 'Db')], inv, ['x/rds-b']).status['RDS.3'], 'fail');
  // Where nothing of the control's types exists, turning its rules off changes nothing.
  assert.is(judge([], inventory({}), ['x/rds-a', 'x/rds-b']).status['RDS.3'], 'not-applicable');
});

test('a pass needs each type of the control present to be looked at by one of its rules', () => {
  // x/volume looks at volumes only; x/anything is a rule whose types are not known, so it may look at anything.
  const onlyVolume = judge([], inventory({ Vol: 'AWS::EC2::Volume', Bucket: 'AWS::S3::Bucket' }), [], {
    implementers: new Map([['SEC08', ['x/volume']]]),
  }).out.controls.find((c) => c.id === 'SEC08')!;
  assert.is(onlyVolume.status, 'not-checked');
  assert.is(onlyVolume.reason, 'its rules do not look at AWS::S3::Bucket');
  assert.is(judge([], inventory({ Vol: 'AWS::EC2::Volume', Bucket: 'AWS::S3::Bucket' })).status.SEC08, 'pass');
  assert.is(judge([], inventory({ Vol: 'AWS::EC2::Volume' }), [], { implementers: new Map([['SEC08', ['x/volume']]]) }).status.SEC08, 'pass');
});

test('a rule that judges only some kinds of file (meta.formats) does not pass the types of the others', () => {
  // x/anything implements SEC08 and looks at every type, but (here) only in Terraform
  const withKinds = (kinds: Record<string, string[]>): Inventory => ({
    ...inventory(Object.fromEntries(Object.keys(kinds).map((t, i) => [`R${i}`, t]))),
    kindsOf: (t) => new Set((kinds[t] ?? []) as never[]),
  });
  const opts = { implementers: new Map([['SEC08', ['x/anything']]]), formats: new Map([['x/anything', ['terraform' as const]]]) };
  const sec08 = (inv: Inventory) => judge([], inv, [], opts).out.controls.find((c) => c.id === 'SEC08')!;
  assert.is(sec08(withKinds({ 'AWS::S3::Bucket': ['terraform'] })).status, 'pass');
  const fromTemplate = sec08(withKinds({ 'AWS::S3::Bucket': ['cloudformation'] }));
  assert.is(fromTemplate.status, 'not-checked');
  assert.is(fromTemplate.reason, 'its rules do not look at AWS::S3::Bucket in cloudformation files');
  const both = sec08(withKinds({ 'AWS::S3::Bucket': ['terraform', 'cloudformation'] }));
  assert.is(both.reason, 'its rules do not look at AWS::S3::Bucket in cloudformation files');
  // without formats, every kind counts
  assert.is(judge([], withKinds({ 'AWS::S3::Bucket': ['cloudformation'] }), [], { implementers: opts.implementers }).status.SEC08, 'pass');
});

test('a rule whose silence proves nothing (meta.confirms false) can fail its controls, never pass them', () => {
  const opts = { unconfirming: new Set(['x/volume']) };
  const silent = judge([], inventory({ Vol: 'AWS::EC2::Volume' }), [], opts).out.controls.find((c) => c.id === 'EC2.3')!;
  assert.is(silent.status, 'not-checked');
  assert.is(silent.reason, 'nothing found, but x/volume cannot tell a missing setup from one made elsewhere');
  assert.is(judge([finding('x/volume', 'Vol')], inventory({ Vol: 'AWS::EC2::Volume' }), [], opts).status['EC2.3'], 'fail');
  // SEC08 has another rule too: one rule that cannot confirm is enough to leave it unchecked
  assert.is(judge([], inventory({ Vol: 'AWS::EC2::Volume', Bucket: 'AWS::S3::Bucket' }), [], opts).status.SEC08, 'not-checked');
  assert.is(judge([], inventory({ Vol: 'AWS::EC2::Volume' }), [], opts).status['RDS.3'], 'not-applicable');
});

test('suppressed findings do not fail a control', () => {
  const { status } = judge([finding('x/volume', 'Vol', { suppressed: true })], inventory({ Vol: 'AWS::EC2::Volume' }));
  assert.is(status['EC2.3'], 'pass');
});

test('files that could not be parsed are listed with the parse error', () => {
  const report: Report = {
    version: 1,
    tool: { name: 'cloudseclint', version: '0.0.0' },
    results: [
      { file: 'ok.yaml', kind: 'cloudformation', findings: [] },
      { file: 'broken.json', kind: 'unknown', findings: [finding('parse-error', null, { message: 'Unexpected end of input' })] },
    ],
    summary: { files: 2, skipped: 0, errors: 1, warnings: 0, infos: 0 },
  };
  const { out } = judge([], inventory({}), [], { report });
  assert.equal(out.unreadable, [{ file: 'broken.json', message: 'Unexpected end of input' }]);
  assert.is(out.files, 2);
});

test.run();
