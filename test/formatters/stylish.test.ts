import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Report } from '../../src/core/finding.ts';
import { stylish } from '../../src/formatters/stylish.ts';
import { input, report } from './fixture.ts';

const ANSI = /\x1b\[[0-9;]*m/;

test('no ANSI codes without colour, and some with it', () => {
  assert.not.match(stylish(input({ color: false })), ANSI);
  const coloured = stylish(input({ color: true }));
  assert.match(coloured, '\x1b[31merror\x1b[39m');
  assert.match(coloured, '\x1b[33mwarning\x1b[39m');
  assert.match(coloured, '\x1b[36minfo\x1b[39m');
  assert.match(coloured, '\x1b[4mtemplates/app.yaml\x1b[24m');
  assert.equal(coloured.replace(/\x1b\[[0-9;]*m/g, ''), stylish(input({ color: false })));
});

test('summary counts problems by severity, files, skipped and suppressed', () => {
  const out = stylish(input());
  assert.match(out, '✖ 5 problems (2 errors, 2 warnings, 1 info)\n4 files linted, 1 skipped, 1 suppressed\n');
});

test('suppressed findings and files without findings are hidden', () => {
  const out = stylish(input());
  assert.not.match(out, 's3/versioning');
  assert.not.match(out, 'templates/clean.yaml');
});

test('scenario and related locations are shown', () => {
  const out = stylish(input());
  assert.match(out, 'Bucket Logs is not encrypted at rest (when IsProd is true)');
  assert.match(out, '    ↳ 3:3 IsProd is defined here\n');
  assert.match(out, '    ↳ infra/variables.tf:2:1 The action list comes from here\n');
});

test('exact text for a small report, sorted by position, columns aligned', () => {
  const small: Report = {
    ...report,
    results: [
      {
        file: 'stack.yaml',
        kind: 'cloudformation',
        findings: [
          {
            ruleId: 'iam/wildcard-action',
            severity: 'warning',
            message: 'Statement allows every action',
            resource: 'Role',
            location: { path: ['Resources', 'Role'], start: { line: 12, column: 9 }, end: { line: 12, column: 12 } },
          },
          {
            ruleId: 'parse-error',
            severity: 'error',
            message: 'Unexpected token',
            resource: null,
            location: { path: [], start: { line: 3, column: 14 }, end: { line: 3, column: 15 } },
            related: [{ message: 'Block opened here', location: { path: [], start: { line: 2, column: 1 }, end: { line: 2, column: 2 } } }],
          },
        ],
      },
    ],
    summary: { files: 1, skipped: 0, errors: 1, warnings: 1, infos: 0 },
  };
  assert.is(
    stylish(input({ report: small })),
    [
      'stack.yaml',
      '   3:14  error    Unexpected token               parse-error',
      '    ↳ 2:1 Block opened here',
      '  12:9   warning  Statement allows every action  iam/wildcard-action',
      '',
      '✖ 2 problems (1 error, 1 warning, 0 info)',
      '1 file linted, 0 skipped',
      '',
    ].join('\n'),
  );
});

test('a clean run prints one success line with the file count', () => {
  const clean: Report = { ...report, results: [], summary: { files: 3, skipped: 2, errors: 0, warnings: 0, infos: 0 } };
  assert.is(stylish(input({ report: clean })), '✔ No problems found (3 files linted, 2 skipped)\n');
  assert.is(stylish(input({ report: clean, color: true })), '\x1b[32m✔ No problems found (3 files linted, 2 skipped)\x1b[39m\n');
});

test.run();
