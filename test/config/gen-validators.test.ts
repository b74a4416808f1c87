import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tempTree } from '../discover/temp-tree.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

test('gen-validators writes what exists and skips a listed schema that does not exist yet', () => {
  const dir = tempTree();
  mkdirSync(join(dir, 'scripts'));
  mkdirSync(join(dir, 'schemas'));
  copyFileSync(join(repo, 'scripts/gen-validators.mjs'), join(dir, 'scripts/gen-validators.mjs'));
  copyFileSync(join(repo, 'schemas/config.schema.json'), join(dir, 'schemas/config.schema.json'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  const run = spawnSync(process.execPath, [join(dir, 'scripts/gen-validators.mjs')], { encoding: 'utf8' });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, 'schemas/policy.schema.json does not exist yet; skipped');
  assert.ok(existsSync(join(dir, 'src/generated/validate-config.js')));
  assert.ok(existsSync(join(dir, 'src/generated/validate-config.d.ts')));
  assert.not.ok(existsSync(join(dir, 'src/generated/validate-policy.js')));
});

test.run();
