import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findConfig, findConfigFile } from '../../src/config/find.ts';
import { tempTree } from '../discover/temp-tree.ts';

test('walks up from the cwd to the nearest config', () => {
  const dir = tempTree({ '.cloudseclintrc.json': '{}', 'a/b/c/t.json': '{}', 'a/.cloudseclintrc.json': '{}' });
  assert.is(findConfigFile(join(dir, 'a/b/c')), join(dir, 'a/.cloudseclintrc.json'));
  assert.is(findConfigFile(dir), join(dir, '.cloudseclintrc.json'));
});

test('a folder named like the config is not a config', () => {
  const dir = tempTree({ 'x/.cloudseclintrc.json/inner.json': '{}', '.cloudseclintrc.json': '{}' });
  assert.is(findConfigFile(join(dir, 'x')), join(dir, '.cloudseclintrc.json'));
});

test('-c is resolved against the cwd', () => {
  const dir = tempTree({ 'conf/lint.json': '{}' });
  assert.equal(findConfig({ cwd: dir, configPath: 'conf/lint.json' }), { file: join(dir, 'conf/lint.json') });
});

test('-c naming a missing file is a problem, not a fallback to walking up', () => {
  const dir = tempTree({ '.cloudseclintrc.json': '{}' });
  const found = findConfig({ cwd: dir, configPath: 'missing.json' });
  assert.is(found.file, null);
  assert.is(found.problem?.code, 'config/not-found');
  assert.is(found.problem?.file, join(dir, 'missing.json'));
  assert.match(found.problem!.message, 'missing.json');
});

test.run();
