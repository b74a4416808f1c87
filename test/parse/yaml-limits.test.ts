import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { get, nodeAt, toJS, type MapNode } from '../../src/parse/node.ts';
import { parseYaml } from '../../src/parse/yaml.ts';
import { onlyParseError, span } from './helpers.ts';

test('aliases become copies of the anchored tree', () => {
  const doc = parseYaml('t.yaml', 'base: &b {x: 1, y: [2]}\ncopy: *b\n');
  assert.equal(doc.problems, []);
  assert.equal(toJS(doc.root!), { base: { x: 1, y: [2] }, copy: { x: 1, y: [2] } });
  const base = get(doc.root, 'base')!;
  const copy = get(doc.root, 'copy')!;
  assert.is(span(copy.range), '2:7-2:9', 'the copy itself is where the alias is');
  assert.is(span(nodeAt(copy, ['y', 0])!.range), span(nodeAt(base, ['y', 0])!.range), 'its insides are where they were written');
  assert.is.not(copy, base);
  assert.is.not(get(copy, 'y'), get(base, 'y'));
});

test('an alias to a short form copies the short form', () => {
  const doc = parseYaml('t.yaml', 'a: &r !Ref X\nb: *r\n');
  assert.equal(toJS(doc.root!), { a: { Ref: 'X' }, b: { Ref: 'X' } });
  assert.is((get(doc.root, 'b') as MapNode).shortTag, '!Ref');
});

test('an alias as a key', () => {
  const doc = parseYaml('t.yaml', 'a: &k name\n*k : v\n');
  assert.equal(toJS(doc.root!), { a: 'name', name: 'v' });
  const anchoredKey = parseYaml('t.yaml', '&k name: v\nother: *k\n');
  assert.equal(toJS(anchoredKey.root!), { name: 'v', other: 'name' });
});

test('merge keys: written keys win, then earlier sources', () => {
  const doc = parseYaml(
    't.yaml',
    'a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nm:\n  <<: [*a, *b]\n  x: 0\nn: {<<: {p: 1}, q: 2}\n',
  );
  assert.equal(doc.problems, []);
  assert.equal(toJS(get(doc.root, 'm')!), { x: 0, y: 1, z: 2 });
  assert.equal(toJS(get(doc.root, 'n')!), { p: 1, q: 2 });
  assert.equal(
    (get(doc.root, 'm') as MapNode).entries.map((e) => e.key),
    ['y', 'z', 'x'],
    'no duplicate entries from merging',
  );
});

test('a merge of something else than maps is a parse-error', () => {
  assert.match(onlyParseError(parseYaml('t.yaml', 'a: &s scalar\nb:\n  <<: *s\n')).message, /merge key/);
});

test('an alias without an anchor, or inside its own anchor, is a parse-error', () => {
  const missing = onlyParseError(parseYaml('t.yaml', 'a: 1\nb: *nope\n'));
  assert.match(missing.message, /\*nope/);
  assert.is(span(missing.range), '2:4-2:9');
  assert.match(onlyParseError(parseYaml('t.yaml', 'a: &a [1, *a]\n')).message, /cycle/);
});

test('an alias bomb is refused quickly', () => {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  const start = performance.now();
  const p = onlyParseError(parseYaml('bomb.yaml', lines.join('\n')));
  const ms = performance.now() - start;
  assert.match(p.message, /alias expansion too large/);
  assert.ok(ms < 1000, `took ${ms} ms`);
});

test('moderate alias use is fine', () => {
  const text = 'x: &x {a: [1, 2, 3]}\n' + Array.from({ length: 1000 }, (_, i) => `k${i}: *x`).join('\n');
  assert.equal(parseYaml('t.yaml', text).problems, []);
});

test('deep nesting is a parse-error, never a stack overflow', () => {
  const cases = [
    '['.repeat(10_000),
    '['.repeat(10_000) + ']'.repeat(10_000),
    'a: ' + '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000),
    '[a: '.repeat(10_000) + '1' + ']'.repeat(10_000),
    '- '.repeat(10_000) + 'x',
    Array.from({ length: 2000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n'),
    '!Ref '.repeat(1000) + 'x',
    '[!Not '.repeat(400) + 'x' + ']'.repeat(400),
  ];
  for (const text of cases) {
    const p = onlyParseError(parseYaml('deep.yaml', text));
    assert.match(p.message, /nesting|deeper|too deep|tag/i, p.message);
  }
});

test('512 levels still parse', () => {
  const doc = parseYaml('t.yaml', '['.repeat(512) + ']'.repeat(512));
  assert.equal(doc.problems, []);
  assert.match(onlyParseError(parseYaml('t.yaml', '['.repeat(513) + ']'.repeat(513))).message, /deeper than 512/);
});

test.run();
