import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ALWAYS_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE } from '../../src/config/defaults.ts';
import { discover, type DiscoverOptions } from '../../src/discover/discover.ts';
import { tempTree } from './temp-tree.ts';

const T = '{}';

function options(cwd: string, extra: Partial<DiscoverOptions> = {}): DiscoverOptions {
  return { cwd, include: [...DEFAULT_INCLUDE], exclude: [...ALWAYS_EXCLUDE], maxFileSize: DEFAULT_MAX_FILE_SIZE, ...extra };
}

async function displays(args: string[], opts: DiscoverOptions): Promise<string[]> {
  return (await discover(args, opts)).files.map((f) => f.display);
}

test('defaults: json, yaml, yml and template files, sorted; other extensions left out', async () => {
  const dir = tempTree({ 'b.yaml': T, 'a.json': T, 'c/d.yml': T, 'c/e.template': T, 'notes.txt': T, 'README.md': T, '.github/workflows/ci.yml': T });
  assert.equal(await displays([], options(dir)), ['.github/workflows/ci.yml', 'a.json', 'b.yaml', 'c/d.yml', 'c/e.template']);
});

test('node_modules, .git, .terraform and cdk.out assets are skipped; other cdk.out templates are not', async () => {
  const dir = tempTree({
    'main.json': T,
    'node_modules/pkg/template.json': T,
    'sub/node_modules/x.yaml': T,
    '.git/config.json': T,
    '.terraform/modules/modules.json': T,
    'cdk.out/asset.1234abcd/template.json': T,
    'cdk.out/App.template.json': T,
  });
  assert.equal(await displays(['.'], options(dir)), ['cdk.out/App.template.json', 'main.json']);
});

test('user excludes add to the built-in ones, and a glob covering a folder skips all of it', async () => {
  const dir = tempTree({ 'a.json': T, 'legacy/old.json': T, 'legacy/deep/older.yaml': T, 'x.yaml': T });
  assert.equal(await displays([], options(dir, { exclude: [...ALWAYS_EXCLUDE, '**/legacy', '*.yaml'] })), ['a.json']);
});

test('a file named on the command line is linted whatever its extension', async () => {
  const dir = tempTree({ 'stack.txt': T, 'Dockerfile': T });
  const result = await discover(['stack.txt', 'Dockerfile'], options(dir));
  assert.equal(result.files.map((f) => f.display), ['Dockerfile', 'stack.txt']);
  assert.equal(result.missing, []);
});

test('a file named on the command line that an exclude covers is skipped with a warning', async () => {
  const dir = tempTree({ 'node_modules/p/t.json': T });
  const result = await discover(['node_modules/p/t.json'], options(dir));
  assert.equal(result.files, []);
  assert.equal(result.missing, []);
  assert.equal(result.warnings, [{ file: 'node_modules/p/t.json', message: 'skipped: matches the exclude pattern "**/node_modules/**"' }]);
});

test('glob arguments walk from their static base; include does not apply, exclude does', async () => {
  const dir = tempTree({
    'stacks/dev/app.yaml': T,
    'stacks/prod/app.yaml': T,
    'stacks/prod/notes.txt': T,
    'stacks/node_modules/x.yaml': T,
    'other/app.yaml': T,
  });
  assert.equal(await displays(['stacks/**/*.yaml'], options(dir)), ['stacks/dev/app.yaml', 'stacks/prod/app.yaml']);
  assert.equal(await displays(['stacks/*/*.txt'], options(dir)), ['stacks/prod/notes.txt']);
  assert.equal(await displays(['stacks/{dev,nope}/*'], options(dir)), ['stacks/dev/app.yaml']);
  assert.equal(await displays([`${dir}/other/*.yaml`], options(dir)), ['other/app.yaml']);
});

test('a path that exists is taken literally even with glob characters', async () => {
  const dir = tempTree({ 'env/[prod].json': T, 'env/p.json': T });
  assert.equal(await displays(['env/[prod].json'], options(dir)), ['env/[prod].json']);
});

test('arguments that match nothing are reported as missing, in the order given', async () => {
  const dir = tempTree({ 'a.json': T, 'empty/readme.md': T });
  const result = await discover(['nope.json', 'a.json', 'stacks/**/*.yaml', 'empty', '*.yaml'], options(dir));
  assert.equal(result.missing, ['nope.json', 'stacks/**/*.yaml', 'empty', '*.yaml']);
  assert.equal(result.files.map((f) => f.display), ['a.json']);
});

test('files over maxFileSize are left out with a warning, named ones too', async () => {
  const dir = tempTree({ 'big.json': Math.round(12.3 * 1024 * 1024), 'small.json': T, 'named.txt': 2000 });
  const result = await discover(['.', 'named.txt'], options(dir));
  assert.equal(result.files.map((f) => f.display), ['named.txt', 'small.json']);
  assert.equal(result.warnings, [{ file: 'big.json', message: 'skipped: 12.3 MB is over the 10 MB limit (maxFileSize)' }]);
  const limited = await discover(['named.txt'], options(dir, { maxFileSize: 1000 }));
  assert.equal(limited.files, []);
  assert.equal(limited.warnings, [{ file: 'named.txt', message: 'skipped: 2 KB is over the 1000 bytes limit (maxFileSize)' }]);
  assert.equal(limited.missing, [], 'a file left out for its size was still found');
});

test('display paths: relative to the cwd with forward slashes, absolute outside it; duplicates merged', async () => {
  const dir = tempTree({ 'in/a.json': T, 'in/sub/b.yaml': T, 'out/c.json': T });
  const cwd = join(dir, 'in');
  const result = await discover(['.', './sub/../a.json', 'sub', '../out'], options(cwd));
  assert.equal(result.files.map((f) => f.display), [`${dir}/out/c.json`, 'a.json', 'sub/b.yaml']);
  assert.equal(result.files[1], { absolute: join(cwd, 'a.json'), display: 'a.json', size: 2, explicit: true }, 'named on the command line');
  assert.is(result.files[2].explicit, undefined, 'found by walking a folder');
});

test('symlinked folders are not followed (no loops); symlinked files are linted', async () => {
  const dir = tempTree({ 'real/t.json': T });
  symlinkSync(dir, join(dir, 'real', 'loop'));
  symlinkSync(join(dir, 'real', 't.json'), join(dir, 'link.json'));
  assert.equal(await displays([], options(dir)), ['link.json', 'real/t.json']);
});

test('with a root, globs are matched by the path from the root, whichever folder is walked', async () => {
  const dir = tempTree({ 'stacks/legacy/a.json': T, 'stacks/b.json': T });
  const exclude = [...ALWAYS_EXCLUDE, 'stacks/legacy/**'];
  assert.equal(await displays(['stacks'], options(dir, { exclude, root: dir })), ['stacks/b.json']);
  assert.equal(await displays(['stacks/legacy/a.json'], options(dir, { exclude, root: dir })), []);
  // Without a root the globs see paths from the walked folder, where "stacks/legacy/**" matches nothing.
  assert.equal(await displays(['stacks'], options(dir, { exclude })), ['stacks/b.json', 'stacks/legacy/a.json']);
});

test('a folder argument that an exclude covers is skipped with a warning, not reported missing', async () => {
  const dir = tempTree({ 'build/out.json': T });
  const result = await discover(['build'], options(dir, { exclude: ['**/build'], root: dir }));
  assert.equal(result.missing, []);
  assert.equal(result.warnings, [{ file: 'build', message: 'skipped: the folder matches the exclude pattern "**/build"' }]);
});

test.run();
