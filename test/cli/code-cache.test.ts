import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

// The build compiles the bundle once, in a training run, and keeps V8's code cache beside it (scripts/build.mjs);
// bin/cloudseclint.js hands it to V8. A cold start near bare node depends on V8 taking it.
const root = join(import.meta.dirname, '..', '..');
const run = (nodeArgs: string[], target = 'examples/insecure/web-app.yaml') =>
  spawnSync(process.execPath, [...nodeArgs, join(root, 'bin', 'cloudseclint.js'), '--format', 'json', target], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CLOUDSECLINT_DEBUG_CODE_CACHE: '1' },
  });

test('the built CLI starts from its code cache', () => {
  const r = run([]);
  assert.is(r.stderr, 'cloudseclint: code cache accepted\n');
  assert.is(r.status, 0);
});

test('a cache V8 refuses (other flags, another node) only costs time: the report is the same', () => {
  const taken = run([]);
  const refused = run(['--stack-size=2000']);
  assert.is(refused.stderr, 'cloudseclint: code cache rejected\n');
  assert.is(refused.status, taken.status);
  assert.is(refused.stdout, taken.stdout);
});

test('a run over many files tunes TurboFan to compile less (src/cli/compiler-settings.ts), a run over a few does not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cloudseclint-many-'));
  for (let i = 0; i < 12; i++) copyFileSync(join(root, 'examples', 'insecure', 'web-app.yaml'), join(dir, `t${i}.yaml`));
  const many = run([], dir);
  rmSync(dir, { recursive: true });
  const lines = many.stderr.trim().split('\n');
  assert.is(lines[0], 'cloudseclint: code cache accepted');
  assert.match(lines[1], /^cloudseclint: compiler settings for 12 files: --no-turbo-inlining .* --interrupt-budget=300000$/, 'a short run also waits longer before optimising');
  assert.is(lines.length, 2);
  assert.is(run([]).stderr, 'cloudseclint: code cache accepted\n');
});

test.run();
