// The test command: builds, type-checks, runs every uvu suite in one process, and closes with the line CI
// reads, `N passed, N failed`. Fails when a test fails, when nothing ran, or when the build or types fail.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const step = (args, capture = false) =>
  spawnSync(process.execPath, args, { cwd: root, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });

if (step([join(root, 'scripts', 'build.mjs')]).status !== 0) fail('build failed');
if (step([join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.']).status !== 0) fail('type-check failed');

const filter = process.argv[2] ?? '\\.test\\.ts$';
const run = step(['--import', 'tsx', join(root, 'node_modules', 'uvu', 'bin.js'), 'test', filter], true);
process.stdout.write(run.stdout);
const count = (label) => Number(run.stdout.match(new RegExp(`${label}:\\s+(\\d+)`))?.[1] ?? 0);
const total = count('Total');
const passed = count('Passed');
const skipped = count('Skipped');
const failed = Math.max(total - passed - skipped, run.status === 0 ? 0 : 1);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (total === 0) fail('no test ran');
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);

function fail(message) {
  console.error(`test: ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
