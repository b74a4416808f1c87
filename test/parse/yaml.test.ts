import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { get, getEntry, nodeAt, toJS, type MapNode } from '../../src/parse/node.ts';
import { parseYaml } from '../../src/parse/yaml.ts';
import { noise, onlyParseError, ruleIds, span } from './helpers.ts';

const TEMPLATE = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Resources:',
  '  Bucket:',
  '    Type: AWS::S3::Bucket',
  '    Properties:',
  '      BucketName: !Sub "${AWS::StackName}-logs"',
  '      Tags:',
  '        - Key: a',
  '          Value: 1',
  '',
].join('\n');

test('ranges of keys, scalars, maps and sequences', () => {
  const doc = parseYaml('t.yaml', TEMPLATE);
  assert.equal(doc.problems, []);
  assert.is(doc.format, 'yaml');
  const root = doc.root!;
  assert.is(span(root.range), '1:1-9:19', 'a block map ends at its last value, not on the next line');
  const version = getEntry(root, 'AWSTemplateFormatVersion')!;
  assert.is(span(version.keyRange), '1:1-1:25');
  assert.is(span(version.value.range), '1:27-1:39', 'a quoted scalar includes its quotes');
  const bucket = getEntry(get(root, 'Resources'), 'Bucket')!;
  assert.is(span(bucket.keyRange), '3:3-3:9');
  assert.is(span(bucket.value.range), '4:5-9:19');
  const type = getEntry(bucket.value, 'Type')!;
  assert.is(span(type.keyRange), '4:5-4:9');
  assert.is(span(type.value.range), '4:11-4:26');
  const tags = nodeAt(root, ['Resources', 'Bucket', 'Properties', 'Tags'])!;
  assert.is(tags.kind, 'seq');
  assert.is(span(tags.range), '8:9-9:19');
  const value = getEntry(get(tags, 0), 'Value')!;
  assert.is(span(value.keyRange), '9:11-9:16');
  assert.is(span(value.value.range), '9:18-9:19');
  assert.equal(toJS(root), {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      Bucket: {
        Type: 'AWS::S3::Bucket',
        Properties: { BucketName: { 'Fn::Sub': '${AWS::StackName}-logs' }, Tags: [{ Key: 'a', Value: 1 }] },
      },
    },
  });
});

test('flow collections cover their brackets', () => {
  const doc = parseYaml('t.yaml', 'a: [1, {b: 2}]\n');
  assert.is(span(get(doc.root, 'a')!.range), '1:4-1:15');
  assert.is(span(nodeAt(doc.root, ['a', 1])!.range), '1:8-1:14');
});

test('CRLF line breaks give the same tree as LF', () => {
  const lf = parseYaml('t.yaml', TEMPLATE);
  const crlf = parseYaml('t.yaml', TEMPLATE.replace(/\n/g, '\r\n'));
  assert.equal(crlf.problems, []);
  assert.equal(crlf.root, lf.root);
});

test('a BOM does not shift columns on line 1', () => {
  const doc = parseYaml('t.yaml', '\uFEFFa: !Ref b\nc: 1\n');
  assert.equal(doc.problems, []);
  const a = getEntry(doc.root, 'a')!;
  assert.is(span(a.keyRange), '1:1-1:2');
  assert.is(span(a.value.range), '1:4-1:10');
  assert.is(span(getEntry(doc.root, 'c')!.keyRange), '2:1-2:2');
});

test('duplicate keys: reported at the second, both kept, the last wins', () => {
  const doc = parseYaml('t.yaml', 'R:\n  A: 1\n  B: 2\n  A: 3\n');
  assert.equal(ruleIds(doc), ['parse/duplicate-key']);
  const p = doc.problems[0];
  assert.is(span(p.range), '4:3-4:4');
  assert.equal(p.path, ['R', 'A']);
  assert.match(p.message, /"A"/);
  assert.match(p.message, /line 2/);
  assert.equal(
    (get(doc.root, 'R') as MapNode).entries.map((e) => e.key),
    ['A', 'B', 'A'],
  );
  assert.equal(toJS(doc.root!), { R: { A: 3, B: 2 } });
});

test('keys are strings, whatever they look like', () => {
  const doc = parseYaml('t.yaml', '1: a\ntrue: b\nnull: c\n"q": d\n0x1F: e\n');
  assert.equal(
    (doc.root as MapNode).entries.map((e) => e.key),
    ['1', 'true', 'null', 'q', '0x1F'],
  );
  assert.is(span(getEntry(doc.root, 'q')!.keyRange), '4:1-4:4');
});

test('scalars follow the YAML 1.2 core schema, keeping what numbers would lose', () => {
  const doc = parseYaml(
    't.yaml',
    'v: [yes, no, on, true, False, ~, null, 42, -1.5, 0x10, 0o17, 2010-09-09, 012345678901, 9007199254740993, .inf, "7"]\n',
  );
  assert.equal(toJS(doc.root!), {
    v: ['yes', 'no', 'on', true, false, null, null, 42, -1.5, 16, 15, '2010-09-09', '012345678901', '9007199254740993', '.inf', '7'],
  });
});

test('block scalars', () => {
  const doc = parseYaml('t.yaml', 'a: |\n  line1\n  line2\nb: >-\n  x\n  y\n');
  assert.equal(toJS(doc.root!), { a: 'line1\nline2\n', b: 'x y' });
  assert.is(span(getEntry(doc.root, 'b')!.keyRange), '4:1-4:2');
});

test('malformed YAML: a parse-error on the line of the first error, no root', () => {
  const cases: [string, number][] = [
    ['a: 1\nb: [1, 2\nc: 3\n', 3],
    ['a: 1\n b: 2\n', 1],
    ['a:\n  - x\n  y: 2\n', 3],
    // yaml reports a missing closing quote where it gave up looking: the end of the file
    ['a: "unterminated\nb: 1\n', 3],
    ['a: 1\n\tb: 2\n', 2],
    ['key: value: other\n', 1],
    ['a: !e!tag x\n', 1],
  ];
  for (const [text, line] of cases) {
    const p = onlyParseError(parseYaml('t.yaml', text));
    assert.is(p.range.start.line, line, `${JSON.stringify(text)}: ${p.message}`);
    assert.ok(p.range.end.line === line, 'the range stays on the error line');
    assert.ok(p.message.length > 5);
  }
});

test('a second document is reported, the first is still read', () => {
  const doc = parseYaml('t.yaml', 'a: 1\n---\nb: 2\n');
  assert.equal(ruleIds(doc), ['parse-error']);
  assert.is(doc.problems[0].range.start.line, 3);
  assert.equal(toJS(doc.root!), { a: 1 });
  assert.equal(parseYaml('t.yaml', '---\na: 1\n...\n').problems, [], 'an explicit document end alone is fine');
  assert.equal(parseYaml('t.yaml', 'a: 1\n---\n# nothing\n').problems, [], 'an empty second document is fine');
});

test('empty files and comment-only files', () => {
  for (const text of ['', '\n  \n', '\uFEFF', '# just a comment\n', '---\n']) {
    assert.is(onlyParseError(parseYaml('t.yaml', text)).message, 'empty file', JSON.stringify(text));
  }
});

test('binary noise is a parse-error, never a throw', () => {
  for (let seed = 1; seed <= 20; seed++) {
    const doc = parseYaml('t.yaml', noise(5000, seed).toString('latin1'));
    assert.ok(doc.problems.some((p) => p.ruleId === 'parse-error'));
  }
});

test.run();
