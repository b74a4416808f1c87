import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

// The build compiles the bundle once, in a training run, and keeps V8's code cache beside it (scripts/build.mjs);
// bin/cloudseclint.js hands it to V8. A cold start near bare node depends on V8 taking it.
const root = join(import.meta.dirname, '..', '..');
const run = (nodeArgs: string[]) =>
  spawnSync(process.execPath, [...nodeArgs, join(root, 'bin', 'cloudseclint.js'), '--format', 'json', 'examples'], {
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

test.run();
