import { isAbsolute, relative, sep } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { displayPath, pathInside } from '../../src/discover/paths.ts';

// pathInside takes the rest of a normalised child's text without relative(); it must say what relative() says.
const byRelative = (parent: string, child: string) => {
  const rel = relative(parent, child);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
};

test('pathInside: the same answer as relative() for normal and unusual paths', () => {
  const cases: [string, string][] = [
    ['/a/b', '/a/b/c'],
    ['/a/b', '/a/b/c/d.yaml'],
    ['/a/b', '/a/bc'],
    ['/a/b', '/a/b'],
    ['/a/b', '/a/b/'],
    ['/a/b', '/a/b/./c'],
    ['/a/b', '/a/b/../c'],
    ['/a/b', '/a/b//c'],
    ['/', '/x'],
    ['/a/b/', '/a/b/c'],
    ['/a/b', '/a/b/c/..'],
    ['/a/b', '/a/b/c/.'],
    ['/a/b', '/a/b/.hidden'],
    ['/a/b', '/a/b/..x/y'],
    ['/a/b', '/x/y'],
  ];
  for (const [parent, child] of cases) assert.is(pathInside(parent, child), byRelative(parent, child), `${parent} ${child}`);
});

test('displayPath: inside the cwd relative with forward slashes, elsewhere absolute', () => {
  assert.is(displayPath('/work/repo/stacks/app.yaml', '/work/repo'), 'stacks/app.yaml');
  assert.is(displayPath('/elsewhere/app.yaml', '/work/repo'), '/elsewhere/app.yaml');
});

test.run();
