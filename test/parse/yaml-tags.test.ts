import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { get, getEntry, nodeAt, toJS, type MapNode } from '../../src/parse/node.ts';
import { parseYaml } from '../../src/parse/yaml.ts';
import { ruleIds, span } from './helpers.ts';

function value(yaml: string) {
  const doc = parseYaml('t.yaml', yaml);
  assert.equal(doc.problems, [], yaml);
  return toJS(get(doc.root, 'V')!);
}

test('every short form becomes its long form', () => {
  const cases: [string, unknown][] = [
    ['!Ref Bucket', { Ref: 'Bucket' }],
    ['!Condition IsProd', { Condition: 'IsProd' }],
    ['!Sub "arn:${AWS::Partition}:s3:::x"', { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::x' }],
    ['!Sub ["${A}-x", {A: !Ref B}]', { 'Fn::Sub': ['${A}-x', { A: { Ref: 'B' } }] }],
    ['!If [IsProd, a, b]', { 'Fn::If': ['IsProd', 'a', 'b'] }],
    ['!Join [",", [a, b]]', { 'Fn::Join': [',', ['a', 'b']] }],
    ['!Select [0, !GetAZs ""]', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
    ['!Split [",", "a,b"]', { 'Fn::Split': [',', 'a,b'] }],
    ['!FindInMap [Map, !Ref AWS::Region, Ami]', { 'Fn::FindInMap': ['Map', { Ref: 'AWS::Region' }, 'Ami'] }],
    ['!Base64 "#!/bin/sh"', { 'Fn::Base64': '#!/bin/sh' }],
    ['!Cidr [10.0.0.0/16, 6, 5]', { 'Fn::Cidr': ['10.0.0.0/16', 6, 5] }],
    ['!ImportValue SharedVpc', { 'Fn::ImportValue': 'SharedVpc' }],
    ['!GetAZs us-east-1', { 'Fn::GetAZs': 'us-east-1' }],
    ['!Equals [!Ref Env, prod]', { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }],
    ['!And [!Condition A, !Condition B]', { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Or [!Condition A, !Condition B]', { 'Fn::Or': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Not [!Condition A]', { 'Fn::Not': [{ Condition: 'A' }] }],
    [
      '!Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}',
      { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } },
    ],
    ['!Length [a, b]', { 'Fn::Length': ['a', 'b'] }],
    ['!ToJsonString {a: 1}', { 'Fn::ToJsonString': { a: 1 } }],
    ['!GetAtt Bucket.Arn', { 'Fn::GetAtt': ['Bucket', 'Arn'] }],
    ['!GetAtt Db.Endpoint.Address', { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }],
    ['!GetAtt [Bucket, Arn]', { 'Fn::GetAtt': ['Bucket', 'Arn'] }],
    ['!GetAtt NoDot', { 'Fn::GetAtt': ['NoDot'] }],
    ['!Contains [[a, b], !Ref P]', { 'Fn::Contains': [['a', 'b'], { Ref: 'P' }] }],
    ['!EachMemberEquals [!Ref L, a]', { 'Fn::EachMemberEquals': [{ Ref: 'L' }, 'a'] }],
    ['!EachMemberIn [!Ref L, [a]]', { 'Fn::EachMemberIn': [{ Ref: 'L' }, ['a']] }],
    ['!RefAll AWS::EC2::VPC::Id', { 'Fn::RefAll': 'AWS::EC2::VPC::Id' }],
    ['!ValueOf [P, Tags]', { 'Fn::ValueOf': ['P', 'Tags'] }],
    ['!ValueOfAll [AWS::EC2::VPC::Id, Tags]', { 'Fn::ValueOfAll': ['AWS::EC2::VPC::Id', 'Tags'] }],
    ['!Ref', { Ref: '' }],
  ];
  for (const [source, expected] of cases) assert.equal(value(`V: ${source}\n`), expected, source);
});

test('nested short forms', () => {
  assert.equal(value('V: !If [IsProd, !Ref Bucket, !Ref "AWS::NoValue"]\n'), {
    'Fn::If': ['IsProd', { Ref: 'Bucket' }, { Ref: 'AWS::NoValue' }],
  });
  assert.equal(value('V: !Join ["", [!Sub "${AWS::StackName}-", !GetAtt B.Arn]]\n'), {
    'Fn::Join': ['', [{ 'Fn::Sub': '${AWS::StackName}-' }, { 'Fn::GetAtt': ['B', 'Arn'] }]],
  });
  assert.equal(value('V: !Base64\n  Fn::Sub: |\n    #!/bin/bash\n    echo ${X}\n'), {
    'Fn::Base64': { 'Fn::Sub': '#!/bin/bash\necho ${X}\n' },
  });
});

test('a short form is a map marked with its tag: range from the tag, key range on the tag', () => {
  const doc = parseYaml('t.yaml', 'V: !Ref Bucket\n');
  const v = get(doc.root, 'V') as MapNode;
  assert.is(v.kind, 'map');
  assert.is(v.shortTag, '!Ref');
  assert.is(span(v.range), '1:4-1:15');
  assert.is(span(v.entries[0].keyRange), '1:4-1:8');
  assert.is(span(v.entries[0].value.range), '1:9-1:15');
  const long = parseYaml('t.yaml', 'V: {Ref: Bucket}\n');
  assert.is((get(long.root, 'V') as MapNode).shortTag, undefined);
});

test('block-style short forms span their whole value', () => {
  const doc = parseYaml('t.yaml', "V: !Join\n  - ''\n  - - a\n    - !Ref B\nW: 1\n");
  const v = get(doc.root, 'V') as MapNode;
  assert.is(span(v.range), '1:4-4:13');
  assert.is(span(v.entries[0].keyRange), '1:4-1:9');
  assert.is(span(nodeAt(v, ['Fn::Join', 1, 1, 'Ref'])!.range), '4:12-4:13');
  assert.is(span(getEntry(nodeAt(v, ['Fn::Join', 1, 1]), 'Ref')!.keyRange), '4:7-4:11');
});

test('!GetAtt a.b: each part gets its own range', () => {
  const doc = parseYaml('t.yaml', 'V: !GetAtt Db.Endpoint.Address\n');
  const parts = nodeAt(doc.root, ['V', 'Fn::GetAtt'])!;
  assert.is(parts.kind, 'seq');
  assert.is(span(parts.range), '1:12-1:31');
  assert.is(span(get(parts, 0)!.range), '1:12-1:14');
  assert.is(span(get(parts, 1)!.range), '1:15-1:31');
  const quoted = parseYaml('t.yaml', 'V: !GetAtt "Db.Arn"\n');
  assert.equal(toJS(get(quoted.root, 'V')!), { 'Fn::GetAtt': ['Db', 'Arn'] });
  assert.is(span(nodeAt(quoted.root, ['V', 'Fn::GetAtt', 1])!.range), '1:12-1:20', 'quoted: the whole scalar');
});

test('unknown tags: reported at the tag, the value kept without it', () => {
  const doc = parseYaml('t.yaml', 'A: !Rain::Embed file.txt\nB: !Foo\n  k: !Ref x\nC: [!Bar 1]\n');
  assert.equal(ruleIds(doc), ['parse/unknown-tag', 'parse/unknown-tag', 'parse/unknown-tag']);
  assert.equal(
    doc.problems.map((p) => [span(p.range), p.path]),
    [
      ['1:4-1:16', ['A']],
      ['2:4-2:8', ['B']],
      ['4:5-4:9', ['C', 0]],
    ],
  );
  assert.match(doc.problems[0].message, /!Rain::Embed/);
  assert.equal(toJS(doc.root!), { A: 'file.txt', B: { k: { Ref: 'x' } }, C: ['1'] });
});

test('YAML core tags are data types, not findings', () => {
  const doc = parseYaml('t.yaml', 'a: !!str 5\nb: !!binary aGVsbG8=\nc: ! 7\nd: !!int "8"\n');
  assert.equal(doc.problems, []);
  assert.equal(toJS(doc.root!), { a: '5', b: 'aGVsbG8=', c: '7', d: 8 });
});

test('a tag inside a comment or a string does not confuse tag positions', () => {
  const doc = parseYaml('t.yaml', 'a: "!Ref x" # !Ref y\nb: !Ref z\n');
  assert.equal(doc.problems, []);
  assert.is(span(getEntry(get(doc.root, 'b'), 'Ref')!.keyRange), '2:4-2:8');
});

test.run();
