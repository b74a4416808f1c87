import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseJson } from '../../src/parse/json.ts';
import { get, getEntry, nodeAt, toJS, type MapNode } from '../../src/parse/node.ts';
import { noise, onlyParseError, ruleIds, span } from './helpers.ts';

const TEMPLATE = [
  '{',
  '  "Resources": {',
  '    "Bucket": {',
  '      "Type": "AWS::S3::Bucket",',
  '      "Properties": { "Tags": [1, 2.5, true, null] }',
  '    }',
  '  }',
  '}',
].join('\n');

test('ranges of maps, keys, scalars and sequences', () => {
  const doc = parseJson('t.json', TEMPLATE);
  assert.equal(doc.problems, []);
  assert.is(doc.format, 'json');
  const root = doc.root!;
  assert.is(span(root.range), '1:1-8:2');
  const resources = getEntry(root, 'Resources')!;
  assert.is(span(resources.keyRange), '2:3-2:14', 'key range includes the quotes');
  assert.is(span(resources.value.range), '2:16-7:4');
  const type = getEntry(nodeAt(root, ['Resources', 'Bucket']), 'Type')!;
  assert.is(span(type.keyRange), '4:7-4:13');
  assert.is(span(type.value.range), '4:15-4:32');
  assert.equal(type.value, { kind: 'scalar', value: 'AWS::S3::Bucket', range: type.value.range });
  const tags = nodeAt(root, ['Resources', 'Bucket', 'Properties', 'Tags'])!;
  assert.is(tags.kind, 'seq');
  assert.is(span(tags.range), '5:31-5:51');
  assert.equal(
    ['1', '2.5', 'true', 'null'].map((_, i) => span(get(tags, i)!.range)),
    ['5:32-5:33', '5:35-5:38', '5:40-5:44', '5:46-5:50'],
  );
  assert.equal(toJS(root), JSON.parse(TEMPLATE));
});

test('CRLF line breaks give the same positions', () => {
  const lf = parseJson('t.json', TEMPLATE);
  const crlf = parseJson('t.json', TEMPLATE.replace(/\n/g, '\r\n'));
  assert.equal(crlf.root, lf.root);
});

test('a BOM is skipped and does not shift columns', () => {
  const doc = parseJson('t.json', '\uFEFF{"a": 1}');
  assert.equal(doc.problems, []);
  assert.is(span(doc.root!.range), '1:1-1:9');
  assert.is(span(getEntry(doc.root, 'a')!.keyRange), '1:2-1:5');
  assert.is(doc.text, '\uFEFF{"a": 1}', 'the text is kept as given');
});

test('columns count UTF-16 code units', () => {
  const doc = parseJson('t.json', '{"😀": "é", "b": 1}');
  assert.is(span(getEntry(doc.root, '😀')!.keyRange), '1:2-1:6');
  assert.is(span(getEntry(doc.root, 'b')!.keyRange), '1:13-1:16');
});

test('duplicate keys: reported at the second, both kept, the last wins', () => {
  const doc = parseJson('t.json', '{\n  "R": {\n    "A": 1,\n    "B": 2,\n    "A": 3\n  }\n}');
  assert.equal(ruleIds(doc), ['parse/duplicate-key']);
  const p = doc.problems[0];
  assert.is(span(p.range), '5:5-5:8');
  assert.equal(p.path, ['R', 'A']);
  assert.match(p.message, /"A"/);
  assert.match(p.message, /line 3/);
  const r = get(doc.root, 'R') as MapNode;
  assert.equal(
    r.entries.map((e) => e.key),
    ['A', 'B', 'A'],
  );
  assert.is(get(r, 'A')!.kind === 'scalar' && (get(r, 'A') as { value: unknown }).value, 3);
});

test('duplicate keys in a large object are found too', () => {
  const keys = Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`);
  const doc = parseJson('t.json', `{${[...keys, '"k7": 0', '"k39": 0'].join(',\n')}}`);
  assert.equal(ruleIds(doc), ['parse/duplicate-key', 'parse/duplicate-key']);
  assert.equal(
    doc.problems.map((p) => [p.path, p.range.start.line]),
    [
      [['k7'], 41],
      [['k39'], 42],
    ],
  );
  assert.match(doc.problems[0].message, /line 8/);
});

test('malformed JSON: a parse-error at the first error, with what was expected', () => {
  const cases: [string, string, RegExp][] = [
    ['{\n  "a": 1\n  "b": 2\n}', '3:3-3:6', /Unexpected "\\"b\\"": expected a comma/],
    ['{"a": [1, 2,]}', '1:13-1:14', /Trailing comma before '\]'/],
    ['{"a": 1,\n}', '2:1-2:2', /Trailing comma before '}'/],
    ['{\n  // note\n  "a": 1\n}', '2:3-2:10', /Comments are not allowed/],
    ['{"a": /* x */ 1}', '1:7-1:14', /Comments are not allowed/],
    ['{"a": "unterminated\n}', '1:7-1:20', /Unterminated string/],
    ['{"a" 1}', '1:6-1:7', /expected a ':'/],
    ['{"a": 1}}', '1:9-1:10', /Unexpected/],
    ['{"a": tru}', '1:7-1:10', /Unexpected "tru"/],
    ['{"a": 1', '1:8-1:8', /end of file: expected a comma or '}'/],
    ['{"a": 01}', '1:8-1:9', /Unexpected "1"/],
  ];
  for (const [text, where, message] of cases) {
    const p = onlyParseError(parseJson('t.json', text));
    assert.is(span(p.range), where, text);
    assert.match(p.message, message, text);
    assert.equal(p.path, []);
  }
});

test('numbers: JS numbers, but big integers and overflows keep their text', () => {
  const doc = parseJson('t.json', '[42, -1.5, 1e3, 9007199254740991, 9007199254740993, -9007199254740993, 1e999]');
  assert.equal(toJS(doc.root!), [42, -1.5, 1000, 9007199254740991, '9007199254740993', '-9007199254740993', '1e999']);
});

test('top-level arrays and scalars', () => {
  assert.equal(toJS(parseJson('t.json', '[]').root!), []);
  assert.equal(toJS(parseJson('t.json', ' "x" ').root!), 'x');
  assert.is(span(parseJson('t.json', ' "x" ').root!.range), '1:2-1:5');
});

test('empty file', () => {
  for (const text of ['', '  \n\r\n', '\uFEFF']) {
    const p = onlyParseError(parseJson('t.json', text));
    assert.is(p.message, 'empty file');
    assert.is(span(p.range), '1:1-1:1');
  }
});

test('nesting: 512 levels parse, 513 are refused, 100000 do not overflow the stack', () => {
  const nest = (n: number) => '['.repeat(n) + ']'.repeat(n);
  assert.equal(parseJson('t.json', nest(512)).problems, []);
  assert.match(onlyParseError(parseJson('t.json', nest(513))).message, /nesting deeper than 512/);
  assert.is(span(onlyParseError(parseJson('t.json', nest(513))).range), '1:513-1:514');
  assert.match(onlyParseError(parseJson('t.json', '['.repeat(100_000))).message, /nesting deeper than 512/);
  assert.match(onlyParseError(parseJson('t.json', '{"a":'.repeat(100_000))).message, /nesting deeper than 512/);
});

test('binary noise is a parse-error, never a throw', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const text = '{' + noise(5000, seed).toString('latin1');
    onlyParseError(parseJson('t.json', text));
  }
});

test.run();
