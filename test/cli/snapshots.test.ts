import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

// The CLI as a user sees it: the built binary run as a subprocess over each tree in test/fixtures/cli/<case>,
// with the arguments in its args.txt. Output and exit code are compared with test/cli/snapshots/<case>.txt.
// Regenerate on purpose with: npm run snapshots
const root = join(import.meta.dirname, '..', '..');
const cases = join(root, 'test', 'fixtures', 'cli');
const snapshots = join(root, 'test', 'cli', 'snapshots');
const update = process.env.UPDATE_SNAPSHOTS === '1';
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

function run(dir: string): string {
  const args = readFileSync(join(dir, 'args.txt'), 'utf8').trim().split(/\s+/);
  const r = spawnSync(process.execPath, [join(root, 'bin', 'cloudseclint.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const clean = (s: string) => s.split(version).join('<version>').split(dir).join('<case>');
  return `$ cloudseclint ${args.join(' ')}\nexit: ${r.status}\n--- stdout\n${clean(r.stdout)}--- stderr\n${clean(r.stderr)}`;
}

for (const name of readdirSync(cases).sort()) {
  test(`cli: ${name}`, () => {
    const actual = run(join(cases, name));
    const file = join(snapshots, `${name}.txt`);
    if (update || !existsSync(file)) {
      mkdirSync(snapshots, { recursive: true });
      writeFileSync(file, actual);
      if (!update) assert.unreachable(`snapshot ${name}.txt did not exist; written now, check it and run again`);
      return;
    }
    assert.fixture(actual, readFileSync(file, 'utf8'));
  });
}

test.run();
