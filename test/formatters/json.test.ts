import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Report } from '../../src/core/finding.ts';
import { json } from '../../src/formatters/json.ts';
import { input, report } from './fixture.ts';
import { validatorFor } from './schema-validator.ts';

const validate = validatorFor(new URL('../../schemas/report.schema.json', import.meta.url), { strict: true });

test('output validates against schemas/report.schema.json', () => {
  assert.equal(validate(JSON.parse(json(input()))), []);
});

test('the schema rejects what the contract does not allow', () => {
  const parsed = JSON.parse(json(input()));
  parsed.results[0].findings[0].extra = true;
  parsed.results[0].findings[1].location.start.line = 0;
  parsed.results[1].kind = 'yaml';
  assert.equal(validate(parsed).length, 3);
});

test('pretty-printed with two spaces and a trailing newline', () => {
  const out = json(input());
  assert.ok(out.startsWith('{\n  "version": 1,\n  "tool": {\n    "name": "cloudseclint",'));
  assert.ok(out.endsWith('}\n') && !out.endsWith('\n\n'));
});

test('round-trips: the parsed output is the report, with related always present', () => {
  const parsed = JSON.parse(json(input())) as Report;
  const expected = structuredClone(report);
  for (const r of expected.results) for (const f of r.findings) f.related ??= [];
  assert.equal(parsed, expected);
  assert.is(json(input({ report: parsed })), json(input()));
});

test('fields outside the contract do not leak', () => {
  const withExtra = structuredClone(report);
  Object.assign(withExtra.results[0].findings[0], { data: { name: 'Logs' }, fix: { range: [1, 2] } });
  Object.assign(withExtra.results[0], { document: {} });
  assert.is(json(input({ report: withExtra })), json(input()));
});

test('optional fields appear only when set', () => {
  const parsed = JSON.parse(json(input()));
  const [encryption, publicRead, versioning] = parsed.results[0].findings;
  assert.equal(Object.keys(encryption), ['ruleId', 'messageId', 'severity', 'message', 'resource', 'location', 'related', 'scenario']);
  assert.equal(Object.keys(publicRead), ['ruleId', 'severity', 'message', 'resource', 'location', 'related']);
  assert.is(versioning.suppressed, true);
  assert.is(parsed.results[1].findings[0].resource, null);
  assert.is(parsed.results[2].findings[0].related[0].file, 'infra/variables.tf');
});

test.run();
