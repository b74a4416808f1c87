import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { validatorFor } from '../formatters/schema-validator.ts';

// The built CLI over the bundled examples, in each machine-readable format, checked against the published schemas.
const root = join(import.meta.dirname, '..', '..');
const cli = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'cloudseclint.js'), ...args], { cwd: root, encoding: 'utf8' });

test('--format sarif -o FILE writes SARIF 2.1.0 that validates against the OASIS schema', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'csl-sarif-')), 'out.sarif');
  const r = cli(['--format', 'sarif', '-o', out, '--rule', 's3/encryption-at-rest=error', 'examples']);
  assert.is(r.status, 1, r.stderr);
  assert.is(r.stdout, '');
  const sarif = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(validatorFor(new URL('../../../shared/schemas/sarif-2.1.0.json', import.meta.url), { strict: false })(sarif), []);
  const results = sarif.runs[0].results;
  assert.ok(results.length > 0);
  for (const res of results) {
    const region = res.locations[0].physicalLocation.region;
    assert.ok(region.startLine >= 1 && region.startColumn >= 1, 'regions are 1-based');
    assert.ok(sarif.runs[0].tool.driver.rules[res.ruleIndex].id === res.ruleId);
  }
});

test('--format json validates against schemas/report.schema.json and counts what it lists', () => {
  const r = cli(['--format', 'json', 'examples']);
  assert.is(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(validatorFor(new URL('../../schemas/report.schema.json', import.meta.url), { strict: true })(report), []);
  const findings = report.results.flatMap((x: { findings: { severity: string }[] }) => x.findings);
  assert.is(report.summary.warnings, findings.filter((f: { severity: string }) => f.severity === 'warning').length);
  assert.ok(report.results.every((x: { file: string }) => !x.file.includes('\\') && !x.file.startsWith('/')), 'paths are relative with forward slashes');
});

test('--version names the IAM catalog date; --help exits 0; an unknown option exits 2', () => {
  assert.match(cli(['--version']).stdout, /^cloudseclint \d+\.\d+\.\d+ \(IAM catalog \d{4}-\d{2}-\d{2}\)\n$/);
  assert.is(cli(['--help']).status, 0);
  const bad = cli(['--nope']);
  assert.is(bad.status, 2);
  assert.match(bad.stderr, /^cloudseclint: /);
  assert.not.match(bad.stderr, /\n\s+at /, 'no stack trace without --debug');
});

test.run();
