import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Report } from '../../src/core/finding.ts';
import { sarif } from '../../src/formatters/sarif.ts';
import { input, report } from './fixture.ts';
import { validatorFor } from './schema-validator.ts';

// The OASIS schema uses keywords ajv's strict mode rejects (unknown formats, `id` properties), hence strict off.
const validate = validatorFor(new URL('../../../shared/schemas/sarif-2.1.0.json', import.meta.url), { strict: false });
const log = JSON.parse(sarif(input()));
const run = log.runs[0];
const findings = report.results.flatMap((r) => r.findings.map((f) => ({ file: r.file, f })));

test('validates against the SARIF 2.1.0 schema', () => {
  assert.equal(validate(log), []);
  assert.is(log.version, '2.1.0');
  assert.is(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.is(log.runs.length, 1);
});

test('the schema check is live: a broken log fails', () => {
  const broken = structuredClone(log);
  broken.runs[0].results[0].level = 'info';
  assert.ok(validate(broken).length > 0);
});

test('driver lists each reported rule once, sorted, with metadata', () => {
  const { driver } = run.tool;
  assert.is(driver.name, 'cloudseclint');
  assert.is(driver.version, '0.1.0');
  assert.is(driver.informationUri, 'https://cloudseclint.dev');
  assert.equal(
    driver.rules.map((r: { id: string }) => r.id),
    ['iam/wildcard-action', 'parse/duplicate-key', 's3/encryption-at-rest', 's3/public-read', 's3/versioning'],
  );
  const enc = driver.rules[2];
  assert.is(enc.name, 'S3EncryptionAtRest');
  assert.is(enc.shortDescription.text, 'S3 buckets are encrypted at rest');
  assert.is(enc.fullDescription.text, 'An S3 bucket should set default server-side encryption.');
  assert.match(enc.help.text, 'Fix: Set BucketEncryption');
  assert.match(enc.help.markdown, '- AWS Foundational Security Best Practices: `S3.4`');
  assert.is(enc.helpUri, 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html');
  assert.is(enc.defaultConfiguration.level, 'error');
  assert.equal(enc.properties.tags, ['security', 'encryption']);
  assert.is(driver.rules[4].defaultConfiguration.level, 'note');
});

test('an engine-level rule without metadata gets a bare descriptor', () => {
  const dup = run.tool.driver.rules[1];
  assert.equal(dup, {
    id: 'parse/duplicate-key',
    name: 'ParseDuplicateKey',
    shortDescription: { text: 'parse/duplicate-key' },
    defaultConfiguration: { level: 'warning' },
  });
});

test('one result per finding, pointing at its rule, with level and message', () => {
  assert.is(run.results.length, findings.length);
  run.results.forEach((res: any, i: number) => {
    const { f } = findings[i];
    assert.is(res.ruleId, f.ruleId);
    assert.is(run.tool.driver.rules[res.ruleIndex].id, f.ruleId);
    assert.is(res.level, { error: 'error', warning: 'warning', info: 'note' }[f.severity]);
  });
  assert.is(run.results[0].message.text, 'Bucket Logs is not encrypted at rest (when IsProd is true)');
  assert.equal(run.results[0].properties, { scenario: 'when IsProd is true' });
});

test('regions are the findings’ 1-based ranges; uris relative to %SRCROOT%', () => {
  run.results.forEach((res: any, i: number) => {
    const { file, f } = findings[i];
    const { artifactLocation, region } = res.locations[0].physicalLocation;
    assert.equal(artifactLocation, { uri: file, uriBaseId: '%SRCROOT%' });
    assert.equal(region, {
      startLine: f.location.start.line,
      startColumn: f.location.start.column,
      endLine: f.location.end.line,
      endColumn: f.location.end.column,
    });
    assert.ok(region.startLine >= 1 && region.startColumn >= 1);
  });
  assert.equal(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///home/dev/project/' } });
  assert.is(run.columnKind, 'utf16CodeUnits');
});

test('logical locations only when the finding names a resource', () => {
  assert.equal(run.results[0].locations[0].logicalLocations, [{ name: 'Logs', kind: 'resource' }]);
  assert.is(run.results[3].locations[0].logicalLocations, undefined);
});

test('related locations carry ids, messages and their own file', () => {
  assert.equal(run.results[0].relatedLocations, [
    {
      id: 1,
      message: { text: 'IsProd is defined here' },
      physicalLocation: {
        artifactLocation: { uri: 'templates/app.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 3, startColumn: 3, endLine: 3, endColumn: 40 },
      },
    },
  ]);
  assert.is(run.results[5].relatedLocations[0].physicalLocation.artifactLocation.uri, 'infra/variables.tf');
  assert.is(run.results[1].relatedLocations, undefined);
});

test('suppressed findings are marked, not dropped', () => {
  assert.equal(run.results[2].suppressions, [{ kind: 'inSource' }]);
  assert.is(run.results.filter((r: any) => r.suppressions).length, 1);
});

test('fingerprints are stable across line moves and differ between findings', () => {
  const prints = run.results.map((r: any) => r.partialFingerprints['cloudseclint/v1']);
  assert.is(new Set(prints).size, prints.length);
  assert.ok(prints.every((p: string) => /^[0-9a-f]{64}$/.test(p)));
  const moved = structuredClone(report);
  for (const r of moved.results) for (const f of r.findings) f.location.start.line += 10;
  const again = JSON.parse(sarif(input({ report: moved }))).runs[0].results.map((r: any) => r.partialFingerprints['cloudseclint/v1']);
  assert.equal(again, prints);
});

test('paths outside the cwd become absolute file URIs; odd characters are escaped', () => {
  const odd: Report = {
    ...report,
    results: [
      { file: '../other/a b#1.yaml', kind: 'cloudformation', findings: [report.results[0].findings[1]] },
      { file: '/home/dev/project/nested/x.json', kind: 'iam-policy', findings: [report.results[1].findings[0]] },
    ],
  };
  const [outside, inside] = JSON.parse(sarif(input({ report: odd }))).runs[0].results;
  assert.equal(outside.locations[0].physicalLocation.artifactLocation, { uri: 'file:///home/dev/other/a%20b%231.yaml' });
  assert.equal(inside.locations[0].physicalLocation.artifactLocation, { uri: 'nested/x.json', uriBaseId: '%SRCROOT%' });
});

test('an empty report is a valid log with no rules and no results', () => {
  const empty: Report = { ...report, results: [], summary: { files: 0, skipped: 0, errors: 0, warnings: 0, infos: 0 } };
  const out = JSON.parse(sarif(input({ report: empty })));
  assert.equal(validate(out), []);
  assert.equal(out.runs[0].results, []);
  assert.equal(out.runs[0].tool.driver.rules, []);
});

test.run();
