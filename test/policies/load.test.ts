import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatProblem } from '../../src/core/problem.ts';
import { loadPolicyDir, loadPolicyFile } from '../../src/policies/load.ts';

const dir = mkdtempSync(join(tmpdir(), 'cloudseclint-policies-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const HEAD = `id: test/versioning
title: Buckets keep versions
description: Versioning lets deleted objects be restored.
severity: warning
category: resilience
message: "{{resource}} does not keep versions"
`;
const GIVEN = 'given:\n  - resources: [AWS::S3::Bucket]\n';
const ASSERT = 'assert:\n  path: VersioningConfiguration.Status\n  fn: equals\n  options: {value: Enabled}\n';

/** Writes a policy file (by default named after the id, so only the mistake under test is reported). */
function write(text: string, name = 'versioning.yaml', sub = ''): string {
  const folder = join(dir, sub || `case-${Math.random().toString(36).slice(2)}`);
  const file = join(folder, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Loads a policy made of the default parts with some replaced, and returns its problems as [code, path, line]. */
function problems(parts: { head?: string; given?: string; assert?: string; extra?: string }, name?: string) {
  const file = write((parts.head ?? HEAD) + (parts.given ?? GIVEN) + (parts.assert ?? ASSERT) + (parts.extra ?? ''), name);
  const r = loadPolicyFile(file);
  if (r.problems.length > 0) assert.equal(r.policies, [], 'a policy with problems is not loaded');
  for (const p of r.problems) assert.is(p.file, file);
  return r.problems;
}
const brief = (ps: ReturnType<typeof problems>) => ps.map((p) => [p.code, p.path, p.line, p.column]);

test('a valid policy loads with its spec and file', () => {
  const file = write(HEAD + GIVEN + ASSERT);
  const r = loadPolicyFile(file);
  assert.equal(r.problems, []);
  assert.equal(r.policies.map((p) => [p.file, p.spec.id, p.spec.severity, p.spec.given]), [[file, 'test/versioning', 'warning', [{ resources: ['AWS::S3::Bucket'] }]]]);
});

test('the id must match the file name: its last part, or the whole id with dots or dashes', () => {
  for (const name of ['versioning.yaml', 'versioning.yml', 'test.versioning.yaml', 'test-versioning.yaml']) assert.equal(problems({}, name), [], name);
  const ps = problems({}, 'versions.yaml');
  assert.equal(brief(ps), [['policy/id-mismatch', ['id'], 1, 1]]);
  assert.is(ps[0].message, 'id "test/versioning" does not match the file name "versions"');
});

test('a misspelt resource type is an error at its item, with a suggestion', () => {
  const ps = problems({ given: 'given:\n  - resources: [AWS::S3::Buckets]\n' });
  assert.equal(brief(ps), [['policy/unknown-resource-type', ['given', 0, 'resources', 0], 8, 17]]);
  assert.is(ps[0].message, 'unknown resource type "AWS::S3::Buckets" (did you mean "AWS::S3::Bucket"?)');
});

test('a misspelt property is an error at the path that names it, with a suggestion', () => {
  const ps = problems({ assert: 'assert:\n  path: VersoningConfiguration.Status\n  fn: exists\n' });
  assert.equal(brief(ps), [['policy/unknown-property', ['assert', 'path'], 10, 3]]);
  assert.is(ps[0].message, 'resource type AWS::S3::Bucket has no property "VersoningConfiguration" (did you mean "VersioningConfiguration"?)');
  // inside all/any/not, and in a where
  const nested = problems({
    given: 'given:\n  - resources: [AWS::S3::Bucket]\n    where: {path: BucketNme, fn: exists}\n',
    assert: 'assert:\n  all:\n    - {path: BucketName, fn: exists}\n    - not: {path: AccessControll, fn: exists}\n',
  });
  assert.equal(brief(nested), [
    ['policy/unknown-property', ['assert', 'all', 1, 'not', 'path'], 13, 13],
    ['policy/unknown-property', ['given', 0, 'where', 'path'], 9, 13],
  ]);
  // the path of every/some is the resource's; paths inside it are the items'
  assert.equal(problems({ assert: 'assert:\n  path: Tags\n  every: {path: Key, fn: exists}\n' }), []);
  assert.equal(brief(problems({ assert: 'assert:\n  path: Tag\n  every: {path: Key, fn: exists}\n' })), [['policy/unknown-property', ['assert', 'path'], 10, 3]]);
  // each is checked; the assertion is then relative to the items
  assert.equal(brief(problems({ given: 'given:\n  - resources: [AWS::S3::Bucket]\n    each: Tgs[*]\n', assert: 'assert: {path: Key, fn: exists}\n' })), [['policy/unknown-property', ['given', 0, 'each'], 9, 5]]);
});

test('with several resource types, a property is checked against each and the type that lacks it is named', () => {
  const ps = problems({ given: 'given:\n  - resources: [AWS::S3::Bucket, AWS::SQS::Queue]\n', assert: 'assert: {path: BucketName, fn: exists}\n' });
  assert.equal(ps.map((p) => p.message), ['resource type AWS::SQS::Queue has no property "BucketName"']);
  // a misspelt type next to a known one: the known one is named for the missing property, not the misspelt one
  const mixed = problems({ given: 'given:\n  - resources: [AWS::S3::Buckett, AWS::SQS::Queue]\n', assert: 'assert: {path: BucketName, fn: exists}\n' });
  assert.equal(mixed.map((p) => [p.code, p.message.replace(/ \(did you mean.*$/, '')]), [
    ['policy/unknown-resource-type', 'unknown resource type "AWS::S3::Buckett"'],
    ['policy/unknown-property', 'resource type AWS::SQS::Queue has no property "BucketName"'],
  ]);
});

test('policies on IAM documents are not checked against resource properties', () => {
  assert.equal(problems({ given: 'given:\n  - policies: {kinds: [identity]}\n    each: Statement[*]\n', assert: 'assert: {path: Effect, fn: exists}\n' }), []);
});

test('an unknown function is an error at fn, with a suggestion, wherever it is nested', () => {
  const ps = problems({ assert: 'assert:\n  any:\n    - {path: BucketName, fn: exists}\n    - path: Tags\n      some:\n        fn: equal\n        options: {value: x}\n' });
  assert.equal(brief(ps), [['policy/unknown-function', ['assert', 'any', 1, 'some', 'fn'], 14, 9]]);
  assert.is(ps[0].message, 'unknown function "equal" (did you mean "equals"?)');
  const where = problems({ given: 'given:\n  - resources: [AWS::S3::Bucket]\n    where: {fn: cidr_world}\n' });
  assert.equal(brief(where), [['policy/unknown-function', ['given', 0, 'where', 'fn'], 9, 13]]);
});

test('bad function options: missing, unknown or of the wrong type, each named at options', () => {
  const missing = problems({ assert: 'assert:\n  path: VersioningConfiguration.Status\n  fn: equals\n' });
  assert.equal(brief(missing), [['policy/invalid-options', ['assert', 'options'], 9, 1]]);
  assert.is(missing[0].message, "options of equals: (options) must have required property 'value'");
  const misspelt = problems({ assert: 'assert:\n  path: VersioningConfiguration.Status\n  fn: equals\n  options: {value: Enabled, caseInsensitve: true}\n' });
  assert.equal(misspelt.map((p) => [p.code, p.message, p.line]), [['policy/invalid-options', 'options of equals: unknown option "caseInsensitve"', 12]]);
  const wrongType = problems({ assert: 'assert:\n  fn: port-range\n  options: {ports: [ssh]}\n' });
  assert.equal(wrongType.map((p) => [p.code, p.message, p.path]), [['policy/invalid-options', 'options of port-range: /ports/0 must be integer', ['assert', 'options']]]);
});

test('a regular expression that does not compile is a bad option', () => {
  const ps = problems({ assert: 'assert:\n  path: BucketName\n  fn: pattern\n  options: {regex: "logs-("}\n' });
  assert.equal(brief(ps), [['policy/invalid-options', ['assert', 'options'], 12, 3]]);
  assert.match(ps[0].message, /^options of pattern: regex does not compile: /);
});

test('an unknown key is one problem at that key, at the top level or inside an assertion', () => {
  const top = problems({ extra: 'severty: error\n' });
  assert.equal(top.map((p) => [p.code, p.message, p.path, p.line, p.column]), [['policy/schema', 'unknown key "severty"', ['severty'], 13, 1]]);
  const inAssert = problems({ assert: 'assert:\n  path: VersioningConfiguration.Status\n  fn: equals\n  optoins: {value: Enabled}\n' });
  assert.equal(inAssert.map((p) => [p.code, p.message, p.path, p.line, p.column]), [['policy/schema', 'unknown key "optoins"', ['assert', 'optoins'], 12, 3]]);
  const nested = problems({ assert: 'assert:\n  all:\n    - {path: BucketName, fn: exists, qualifier: any}\n' });
  assert.equal(nested.map((p) => [p.message, p.path, p.line]), [['unknown key "qualifier"', ['assert', 'all', 0, 'qualifier'], 11]]);
  const selector = problems({ given: 'given:\n  - resources: [AWS::S3::Bucket]\n    wehre: {fn: exists}\n' });
  assert.equal(selector.map((p) => [p.message, p.path, p.line]), [['unknown key "wehre"', ['given', 0, 'wehre'], 9]]);
});

test('an assertion or selector that is none of the allowed shapes says what it needs', () => {
  const shapeless = problems({ assert: 'assert:\n  path: BucketName\n' });
  assert.equal(shapeless.map((p) => [p.code, p.message, p.path]), [['policy/schema', 'must have fn, or all, or any, or not, or path and every, or path and some', ['assert']]]);
  const both = problems({ assert: 'assert:\n  fn: exists\n  not: {fn: absent}\n' });
  assert.equal(both.map((p) => [p.message, p.path]), [['must have only one of fn, not', ['assert']]]);
  const noSelector = problems({ given: 'given:\n  - each: Tags[*]\n' });
  assert.equal(noSelector.map((p) => [p.message, p.path, p.line]), [['must have resources, or policies', ['given', 0], 8]]);
  const wrongType = problems({ assert: 'assert:\n  fn: [exists]\n' });
  assert.equal(wrongType.map((p) => [p.message, p.path]), [['must be string', ['assert', 'fn']]]);
});

test('schema errors: a missing key, a value outside an enum, a bad path', () => {
  const noMessage = problems({ head: HEAD.replace(/^message:.*\n/m, '') });
  assert.equal(noMessage.map((p) => [p.code, p.message, p.path, p.line]), [['policy/schema', "must have required property 'message'", [], 1]]);
  const severity = problems({ head: HEAD.replace('severity: warning', 'severity: high') });
  assert.equal(severity.map((p) => [p.message, p.path, p.line]), [['must be equal to one of the allowed values: ["error","warning","info"]', ['severity'], 4]]);
  const path = problems({ assert: 'assert: {path: "Bucket Name", fn: exists}\n' });
  assert.equal(path.map((p) => [p.path, p.line]), [[['assert', 'path'], 9]]);
  assert.match(path[0].message, /^must match pattern/);
});

test('a policy file that does not parse is one problem with its position', () => {
  const file = write('id: test/versioning\ntitle: [unclosed\n');
  const r = loadPolicyFile(file);
  assert.equal(r.policies, []);
  assert.equal(r.problems.map((p) => [p.code, p.path, p.file, typeof p.line]), [['policy/parse-error', [], file, 'number']]);
});

test('problems print with file, line and column', () => {
  const [p] = problems({}, 'versions.yaml');
  assert.match(formatProblem(p), /versions\.yaml:1:1: id "test\/versioning" does not match the file name "versions" \(policy\/id-mismatch\)$/);
});

test('loadPolicyDir: every YAML policy below the folder, skipping fixtures and hidden folders; a duplicate id is a problem', () => {
  const root = join(dir, 'tree');
  const policy = (id: string) => HEAD.replace('test/versioning', id) + GIVEN + ASSERT;
  mkdirSync(join(root, 's3', 'fixtures', 'versioning'), { recursive: true });
  mkdirSync(join(root, '.hidden'), { recursive: true });
  mkdirSync(join(root, 'b'), { recursive: true });
  writeFileSync(join(root, 's3', 'versioning.yaml'), policy('s3/versioning'));
  writeFileSync(join(root, 's3', 'logging.yml'), policy('s3/logging'));
  writeFileSync(join(root, 's3', 'notes.md'), '# not a policy');
  writeFileSync(join(root, 's3', 'fixtures', 'versioning', 'bad.yaml'), 'Resources: {}\n');
  writeFileSync(join(root, '.hidden', 'x.yaml'), 'not: a policy\n');
  writeFileSync(join(root, 'b', 'versioning.yaml'), policy('s3/versioning'));
  const r = loadPolicyDir(root);
  assert.equal(r.policies.map((p) => p.spec.id), ['s3/versioning', 's3/logging']);
  assert.equal(r.problems.map((p) => [p.code, p.file, p.path]), [['policy/duplicate-id', join(root, 's3', 'versioning.yaml'), ['id']]]);
  assert.match(r.problems[0].message, /id "s3\/versioning" is also defined in .*b\/versioning\.yaml/);
});

test.run();
