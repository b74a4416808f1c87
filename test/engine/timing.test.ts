import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { addTime, startTiming, timingEnabled, timingTable } from '../../src/engine/timing.ts';

const root = join(import.meta.dirname, '..', '..');

test('timing: off until started; the table lists the slowest first with their share', () => {
  assert.is(timingTable(5), '');
  addTime('ignored', performance.now() - 5);
  startTiming();
  assert.ok(timingEnabled());
  const now = performance.now();
  addTime('fast', now - 1);
  addTime('slow', now - 3);
  addTime('fast', now - 1);
  const lines = timingTable(5).trimEnd().split('\n');
  assert.is(lines.length, 4);
  assert.match(lines[2], /^slow\s+\|\s+3\.\d\s+\|\s+[0-9.]+%$/);
  assert.match(lines[3], /^fast\s+\|\s+2\.\d\s+\|/);
  assert.not.match(timingTable(5), /ignored/);
  assert.is(timingTable(1).trimEnd().split('\n').length, 3);
});

test('CLOUDSECLINT_TIMING=N: the built CLI prints the N slowest rules and stages to stderr, the report unchanged', () => {
  const cli = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(root, 'bin', 'cloudseclint.js'), '--format', 'json', 'examples'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  const plain = cli({});
  const timed = cli({ CLOUDSECLINT_TIMING: '3' });
  assert.is(timed.status, plain.status);
  assert.is(timed.stdout, plain.stdout);
  const rows = timed.stderr.trimEnd().split('\n');
  assert.is(rows.length, 5, timed.stderr);
  assert.match(rows[0], /^Rule\s+\| Time \(ms\) \| Relative$/);
  for (const row of rows.slice(2)) assert.match(row, /^(\([a-zA-Z :]+\)|[a-z0-9-]+\/[a-z0-9/-]+)\s+\|\s+[0-9.]+ \|\s+[0-9.]+%$/);
  assert.is(plain.stderr, '');
});

test.run();
