import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isDeepStrictEqual } from 'node:util';
import { bomLength, LineIndex } from '../../src/parse/lines.ts';
import { toJS } from '../../src/parse/node.ts';
import { parseYaml, parseYamlWithLibrary } from '../../src/parse/yaml.ts';
import { readYamlFastOrThrow } from '../../src/parse/yaml-fast.ts';

/** Whether the fast reader takes `text` (a bug in it throws here rather than falling back). */
function takesFastPath(text: string): boolean {
  const base = bomLength(text);
  return readYamlFastOrThrow(base ? text.slice(base) : text, new LineIndex(text), base) !== undefined;
}

/** The fast path must give exactly the library's document, and be taken (or not) as expected. */
function same(text: string, fast = true): void {
  assert.is(takesFastPath(text), fast, `fast path ${fast ? 'not taken' : 'taken'} for ${JSON.stringify(text)}`);
  const a = parseYaml('t.yaml', text);
  const b = parseYamlWithLibrary('t.yaml', text);
  if (!isDeepStrictEqual(a, b)) assert.equal(a, b, `differs from the library for ${JSON.stringify(text)}`);
}

function value(text: string): unknown {
  assert.ok(takesFastPath(text));
  const doc = parseYaml('t.yaml', text);
  return doc.root && toJS(doc.root);
}

export const cases: Record<string, string[]> = {
  'block maps and sequences': [
    'a: 1\nb: two\n',
    'a:\n  b:\n    c: d\n  e: f\ng: h',
    'a:\n- 1\n- 2\nb: 3\n',
    'a:\n  - 1\n  -  2\n',
    '- a\n- b\n',
    '- a: 1\n  b: 2\n- c: 3\n',
    '-   a: 1\n    b: 2\n',
    '- - a\n  - b\n- - c\n',
    '- - - a\n    - b\n  - c\n',
    '- key:\n  - a\n  other: 1\n- b\n',
    '  a: 1\n  b: 2\n',
    'a: 1\nb:\n',
    'a:\nb: 2',
    'a:   \nb: 2',
    'a:   # comment\nb: 2',
    '- \n-   # x\n-\n- a',
    'a:\n  -\n    b: 1\n',
    'key : value\n"q" : 1\n',
    'a: 1\na: 2\nb:\n  c: 1\n  c: 2\n',
    'Fn::ForEach::Tables:\n  - T\n  - DynamoDB${T}:\n      Type: x\n',
    'a: {b: 1}\nc: [1, 2]\n',
  ],
  'scalars: plain, quoted, folded': [
    'a: plain text here\nb: text with # not a comment\nc: text # a comment\n',
    'a: first\n  second\n\n  third\n    fourth\nb: 1\n',
    'a: "double \\"quoted\\" \\n \\t \\x41 \\u00e9 \\U0001F600 \\\\ \\/ \\0"\n',
    "a: 'single ''quoted'''\n",
    'a: "folded\n  line\n\n  para  \n  end"\n',
    "a: 'folded\n  line\n\n\n  para'\n",
    'a: "escaped \\\n   newline"\n',
    'a: "trailing spaces   \n  next"\n',
    'a: ""\nb: \'\'\n',
    '- "x"\n- \'y\'\n',
    'a: :iot\nb: -foo\nc: a:b\nd: http://x/y\n',
    'a: x:\n',
    'a: b: c\n',
    'a: "unterminated\n',
    'a: "bad \\q escape"\n',
    'a: "x\\\\"\nb: "y\\\\\\"z"\nc: "\\""\nd: \'\'\'\'\ne: \'a\'\'\'\nf: \'\'\'\'\'\'\n',
    'a: "\\\\\\\\"\nb: \'\'\'x\'\'\'\n',
  ],
  'core schema resolution': [
    'a: null\nb: ~\nc: Null\nd: NULL\ne: nULL\n',
    'a: true\nb: False\nc: TRUE\nd: yes\ne: no\nf: on\ng: tRUE\n',
    'a: 1\nb: -2\nc: +3\nd: 0123\ne: 012345678901\nf: 0o17\ng: 0x1F\nh: 0xfg\n',
    'a: 1.5\nb: .5\nc: 1.\nd: -.5\ne: 1e3\nf: 1.5E-3\ng: .inf\nh: -.Inf\ni: .nan\nj: 1_000\n',
    'a: 12345678901234567890\nb: 9007199254740993\nc: 2019-01-01\nd: 12:30\ne: 1.0.0\n',
    'a: "1"\nb: \'true\'\nc: !Ref 1\nd: !Ref true\ne: !Ref\nf: !Ref null\n',
    'null: 1\ntrue: 2\n3: 3\n0x10: 4\n',
  ],
  'block scalars': [
    'a: |\n  line 1\n  line 2\nb: 1\n',
    'a: |-\n  line 1\n  line 2\n\n\nb: 1\n',
    'a: |+\n  line 1\n  line 2\n\n\nb: 1\n',
    'a: >\n  folded\n  text\n\n  para\n    more\n  back\nb: 1\n',
    'a: >-\n  folded\n  text\n\n  \n',
    'a: >+\n  kept\n\n',
    'a: |\n\n  after blank\n',
    'a: |\n    \n  less indented blank first\n',
    'a: |\nb: 1\n',
    'a: |+\n\nb: 1\n',
    'a: |\n  x\n    more\n  back\n     \n',
    'a: | # comment\n  x\n',
    'a: |\n  x\n# comment\nb: 1\n',
    'a: |2\n   x\n',
    'a: |\n  x',
    '- |\n  item\n- >-\n   folded\n   item\n',
    '- k: |\n    v\n  j: 1\n',
    'a: !Sub |\n  ${X}\n',
    'a: |2\n   x\n  y\nb: 1',
    'a: |1\n  x\n y\n',
    'k:\n  a: |2\n     x\n    y\n',
    '- |2\n   x\n  y\n',
    '- k: |1\n    x\n   y\n',
    'a: >2-\n\n    x\n  y\n\n',
    'a: |+3\n    x\n   y\n\n',
    'a: |2\n x\n',
    'a: |2\n\n     \n  x\n',
    'a: |3\n  x\n',
    'a: |\n  x\n ',
    'a: |\n  x\n   ',
    'a: |+\n  x\n ',
    'a: |+\n  x\n\n  \n',
    'a: >\n  x\n  ',
    'a: |\r\n  x\r\n  \r\n   y\r\n \r\nb: 1\r\n',
    'a: |2\n    x\n  y\n z\n',
  ],
  'values on the line below their key': [
    'a:\n  text\n  more\nb: 1\n',
    'a:\n  "quoted"\nb:\n  [x, y]\nc:\n  !Ref X\nd: !Ref\n  X\n',
    'a:\n  !Join [\'\', [a, !Ref B]]\n',
    'a:\n  !If\n  - x\n',
    'a: !Ref\n  !Sub x\n',
    'a:\n  |\n  x\n',
    '-\n  text\n-\n  "q"\n',
    'a:\n  text: x\n',
  ],
  'flow collections': [
    'a: [a, b, c]\nb: []\nc: {}\n',
    'a: { Ref: X }\nb: {"Fn::GetAtt": [A, B]}\n',
    'a: [[1, 2], {b: [c]}]\n',
    'a: [\n    x,\n    y\n  ]\n',
    'a: [\n  x\n]\n',
    'a: [x, ]\n',
    'a: [x # c\n  ]\n',
    "a: ['q', \"d\", 1, true, null]\n",
    'a: [a: b]\n',
    'a: {a: 1, a: 2}\n',
    'a: [arn:aws:s3:::b/*, x]\n',
    'a: [!Ref X, !GetAtt A.B, !Sub "x"]\n',
    'a: {b: !Ref X}\n',
    'a: [x] # c\n',
    'a: [x] y\n',
  ],
  'tags': [
    'a: !Ref X\nb: !GetAtt A.B.C\nc: !GetAtt A\nd: !GetAtt "A.B"\n',
    'a: !Sub\n  - "${X}"\n  - X: 1\n',
    'a: !If\n- c\n- 1\n',
    'a: !Transform\n  Name: x\n',
    'a: !Join [",", [a, b]]\n',
    'a: !Base64 { "Fn::Sub": "x" }\n',
    '- !Ref X\n- !Equals [a, b]\n',
    'a: !Ref   # comment\n',
    'a: !Unknown x\nb: !Rain::Module "m.yaml"\nc: !Other\n  - 1\n',
    'a: !!str 1\n',
    'a: !Ref !Sub x\n',
    'a: !GetAtt\n  - A\n  - B\n',
    'a: !GetAtt ""\n',
  ],
  'odd corners': [
    'a: first\n  second # c\n  third\n',
    'a: x\n  y - z\n  -w\n  :v\n',
    'a:b: c\nd#e: 1\n',
    '- a\n  b\n- c\n',
    '- a:\n    b: 1\n- a:\n- b\n',
    '---\n  a: 1\n  b: 2\n',
    "a: 'x' # c\nb: \"y\"#c\n",
    'a: "x"#c\n',
    '"esc\\tkey": 1\n\'\': 2\n',
    '- |\n  x\n- k:\n    - >\n      folded\n',
    'a: !Sub "multi\n  line"\nb: !Ref\n- x\n',
    '- !Ref\n- b\n- !Ref',
    'a: {\n  b: 1,\n  c: [\n    d\n  ]}\n',
    'a: [{}, [], {b: []}]   \n',
    '- a\r\n  b   \r\n- c\r\n',
    'a: -\n',
    'a: - x\n',
    '-    a\n-   b: 1\n    c: 2\n',
    '- - a: 1\n    b: 2\n  - c\n',
    '- "x\n  y"\n- \'z\n  w\'\n',
    'a: |+\n  x\n\n',
    'a: |+\n  x\n\n  ',
    'a: |-\n  x\n  ',
    'a: >\n  x\n   \n  y\n',
    'a:  |\n  x\nb:  >-  # c\n  y\n',
    '- "a": 1\n  \'b\': 2\n',
    "a: 'it''s\n  multi'\n",
    'a: !Sub\n  - x\n  - {b: 1, b: 2}\nc: !If [x, {d: 1, d: 2}, e]\n',
    'a: 1\n\n\n',
    'a: 1',
    '\uFEFF---\na: 1\n',
    'a: x\u2028y\nb: \u00e9\u4e2d: 1\n',
    'a: \\ x\nb: x\\\n',
    'a: 1 \nb: 2 # c \n',
    'a: !GetAtt A.B\n',
    'a: !GetAtt\nb: !GetAtt [A, B]\n',
    'a: [b, c]: d\n',
    'a: {b: 1}x\n',
    'a:\n  - x\n  -\n  - - y\n',
    'a:\n    - x\n  b: 1\n',
    'k: "a\\\n  b"\n',
    'k: "a \\\n  b"\n',
    'k: >\n\n  x\n',
    'k: |\n  # not a comment\n  x\n',
    'k: x\n  # comment\n  y\n',
    'a: "x"\n  b: 1\n',
    '- [a,\n  b]\n',
    'a: [a,\n b]\n',
    'a:\n  b: [a,\n  c]\n',
    'a: "x\ny"\n',
    'a:\n  b: "x\n  y"\n',
    'a: { b: c }\n',
    'a: {b: c d, e: "f" }\n',
    'a: [ "x" , y ]\n',
    'a: [ x y, z:w ]\n',
    'a: [:x]\n',
    'a: {x}\n',
    'a: {x: }\n',
    'a: {"x":y}\n',
    'a: [-1, -x, +2]\n',
    'a: [Ref: Bucket, x, "k": v,  y :  !Ref z , Fn::GetAZs: !Ref "AWS::Region"]\n',
    "Fn::Join: ['', [Ref: Bucket]]\n",
    'a: [k: [1, 2], j: {b: c}, 1: 2, null: x]\n',
    'a: [k:\n    v]\n',
    'a: [k: ]\n',
    'a: [!Ref k: v]\n',
    'a: [k: v: w]\n',
  ],
  'comments, markers, line endings': [
    '# leading\n\n---\n# after marker\na: 1 # trailing\n  # indented comment\nb: 2\n# end\n',
    '--- # c\na: 1\n',
    'a: 1\n---\nb: 2\n',
    'a: 1\n...\n',
    '%YAML 1.2\n---\na: 1\n',
    'a: 1\r\nb:\r\n  - x\r\n  - "y\r\n    z"\r\nc: |\r\n  l1\r\n  l2\r\n',
    '\uFEFFa: 1\nb: 2\n',
    'a: 1\n\tb: 2\n',
    'a: 1\n  #x: 1\t# comment\t\nb: |\n  #\tin a block scalar\n  x\n',
    'a: "x\n  #\ty"\nb: >\n  #\tfolded\n   #\tmore\n',
    'a: 1\t# comment\n',
    'a: |\n  x\t\n',
    '- \tx\n',
    'a: &x 1\nb: *x\n',
  ],
  'tabs': [
    // in the text of a literal block scalar: text, read by the fast path
    'a: |\n  x\t\n  y\n',
    'a: |\n  x\ty\n  \tz\n',
    'a: |-\n  export PATH=$PATH:/bin\t\nb: 2\n',
    'a:\n  - |\n    \t\n    x\n  - b\n',
    'a: |2\n   \tx\n',
    'a: |\n\n  x\t# not a comment\n  \t\n',
    'a: !Sub |\n  ${X}\t${Y}\nb: 1 # c\n',
    'a: |\n  x\n  \t\nb: 1\n',
    // anywhere else, a trailing comment too: left to the library
    'a: |\n  x\t\nb: 1 # c\t\n',
    'a: >\n  x\ty\n',
    'a: >\n  \tx\n',
    'a: |\n  x\n \ty\n',
    'a: |\n  x\n\tb: 2\n',
    'a: |\n  x\nb:\t1\n',
    'a: |\n  x\nb: "\t"\n',
    'a:\t|\n  x\n',
    'a: |\t\n  x\n',
    'a: |\n  x\n \t\n',
    '<<: {a: 1}\n',
    '? a\n: b\n',
    'a: 1\n  b: 2\n',
    'a:\n  b: 1\n c: 2\n',
    'a\n',
    '"a"\n',
    '[a]\n',
    '',
    '# only\n',
  ],
};

for (const [name, texts] of Object.entries(cases)) {
  test(`fast YAML reader = library: ${name}`, () => {
    for (const text of texts) same(text, takesFastPath(text));
  });
}

test('fast path taken for the common constructs', () => {
  for (const text of [...cases['block maps and sequences'], ...cases['block scalars'].slice(0, 8)]) {
    if (!/\|2|x:\n$|less indented/.test(text)) assert.ok(takesFastPath(text), JSON.stringify(text));
  }
});

test('tabs: read in the text of literal block scalars, left to the library elsewhere', () => {
  const [inLiteral, elsewhere] = [cases.tabs.slice(0, 8), cases.tabs.slice(8)];
  for (const text of inLiteral) assert.ok(takesFastPath(text), JSON.stringify(text));
  for (const text of elsewhere) assert.not.ok(takesFastPath(text), JSON.stringify(text));
});

test('falls back on what it does not handle', () => {
  for (const text of ['a: &x 1\nb: *x\n', '<<: {a: 1}\n', '? a\n: b\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\n---\nb: 2\n',
    'a: 1\n\tb: 2\n', 'a: "unterminated\n', 'a: b: c\n', 'a: 1\n  b: 2\n', 'a: !!str 1\n', 'a: [x, ]\n', '']) {
    same(text, false);
  }
});

test('YAML 1.2 core schema values', () => {
  assert.equal(value('a: 0123\nb: 1e3\nc: .5\nd: yes\ne: no\nf: 2019-01-01\ng: null\nh: ~\ni: 0x1F\nj: 0o17\nk: .inf\n'), {
    a: '0123', b: 1000, c: 0.5, d: 'yes', e: 'no', f: '2019-01-01', g: null, h: null, i: 31, j: 15, k: '.inf',
  });
  assert.equal(value('a: !Ref 1\nb: !GetAtt A.B.C\n'), { a: { Ref: '1' }, b: { 'Fn::GetAtt': ['A', 'B.C'] } });
});

if (!process.env.NO_RUN) test.run();
