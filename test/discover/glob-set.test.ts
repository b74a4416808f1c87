import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { GlobSet } from '../../src/discover/glob-set.ts';

test('files: dotfiles match, first matching pattern is returned', () => {
  const set = new GlobSet(['**/*.json', '**/*.{yaml,yml}']);
  assert.is(set.match('.github/x.yml'), '**/*.{yaml,yml}');
  assert.is(set.match('a/b.json'), '**/*.json');
  assert.is(set.match('a/b.txt'), undefined);
});

test('folders: covered when the glob matches the folder or anything in it', () => {
  const set = new GlobSet(['**/node_modules/**', '**/build', 'docs/*', 'only/*.json']);
  assert.is(set.matchDir('node_modules'), '**/node_modules/**');
  assert.is(set.matchDir('a/node_modules'), '**/node_modules/**');
  assert.is(set.matchDir('x/build'), '**/build');
  assert.is(set.matchDir('docs/api'), 'docs/*');
  // Only some files under it are covered, so the folder must still be read.
  assert.is(set.matchDir('only'), undefined);
  assert.is(set.matchDir('src'), undefined);
});

test('with parents: a file inside a covered folder is covered', () => {
  const set = new GlobSet(['**/build']);
  assert.is(set.matchWithParents('build/out/t.json'), '**/build');
  assert.is(set.matchWithParents('src/t.json'), undefined);
  assert.is(set.matchWithParents('a/build', true), '**/build');
});

test.run();
