import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ALWAYS_EXCLUDE } from '../../src/config/defaults.ts';
import { GlobSet } from '../../src/discover/glob-set.ts';
import { walk } from '../../src/discover/walk.ts';
import { tempTree } from './temp-tree.ts';

test('folders covered by the built-in excludes are never entered', async () => {
  const dir = tempTree({
    'a.json': '{}',
    'node_modules/p/b.json': '{}',
    'x/node_modules/c.json': '{}',
    '.git/objects/d': '',
    '.terraform/e.json': '{}',
    'cdk.out/asset.1/f.json': '{}',
    'cdk.out/g.json': '{}',
  });
  const exclude = new GlobSet(ALWAYS_EXCLUDE);
  const asked: string[] = [];
  const { files } = await walk(dir, {
    skipDir: (rel) => {
      asked.push(`dir ${rel}`);
      return exclude.matchDir(rel) !== undefined;
    },
    keepFile: (rel) => {
      asked.push(`file ${rel}`);
      return true;
    },
  });
  assert.equal(files.map((f) => f.rel).sort(), ['a.json', 'cdk.out/g.json']);
  // Each excluded folder is asked about once, and nothing inside it is.
  assert.equal(asked.filter((a) => /node_modules\/|\.git\/|\.terraform\/|asset\.1\//.test(a)), []);
  assert.ok(asked.includes('dir node_modules') && asked.includes('dir x/node_modules') && asked.includes('dir cdk.out/asset.1'));
});

test('an unreadable folder is reported, not thrown', async () => {
  const { files, unreadable } = await walk('/nonexistent-cloudseclint-test', { skipDir: () => false, keepFile: () => true });
  assert.equal(files, []);
  assert.equal(unreadable, [{ dir: '/nonexistent-cloudseclint-test', reason: 'ENOENT' }]);
});

test.run();
