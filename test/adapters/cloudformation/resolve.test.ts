import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Path } from '../../../src/core/range.ts';
import type { Resolved } from '../../../src/adapters/cloudformation/resolve.ts';
import { ABSENT, resolve } from '../../../src/adapters/cloudformation/resolve.ts';
import { readTemplate } from '../../../src/adapters/cloudformation/template.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { firstBranch } from '../../../src/model/scenario.ts';
import type { Value } from '../../../src/model/value.ts';
import { field, plain } from '../../../src/model/value.ts';
import { locate } from '../../../src/parse/document.ts';
import { parseDocument } from '../../../src/parse/index.ts';
import { nodeAt } from '../../../src/parse/node.ts';

const PROPS: Path = ['Resources', 'R', 'Properties'];

/** Parses a template (YAML or JSON by content) and resolves `Resources.R.Properties.<key>` under a scenario. */
function setup(text: string, parameterValues: Record<string, unknown> = {}) {
  const doc = parseDocument(text.trimStart().startsWith('{') ? 't.json' : 't.yaml', text);
  assert.equal(doc.problems, [], 'the template parses cleanly');
  const t = readTemplate(doc, parameterValues);
  assert.ok(t, 'a template');
  const at = (key: string, s: Scenario = firstBranch): Resolved => {
    const path = [...PROPS, key];
    const node = nodeAt(doc.root, path);
    assert.ok(node, `no node at ${path.join('.')}`);
    return resolve(t, node, path, s);
  };
  return { doc, t, at };
}

/** A template whose resource R has the given properties (YAML lines, indented 6), after the given sections. */
function yaml(props: string, sections = ''): string {
  return `AWSTemplateFormatVersion: '2010-09-09'\n${sections}Resources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n${props}`;
}

function known(v: Resolved): Value {
  assert.ok(v !== ABSENT, 'expected a value, got AWS::NoValue');
  return v as Value;
}

const js = (v: Resolved) => plain(known(v));

/** Takes option `index` at every choice point, and records what was asked. */
function pick(index: number | ((id: string) => number)) {
  const asked: { id: string; labels: string[] }[] = [];
  const scenario: Scenario = {
    choose(id, labels) {
      asked.push({ id, labels });
      return typeof index === 'number' ? index : index(id);
    },
  };
  return { scenario, asked };
}

// ---------------------------------------------------------------- scalars, lists, objects

test('plain scalars, lists and objects resolve to themselves with the path of each node', () => {
  const { at } = setup(yaml('      Name: logs\n      Port: 443\n      On: true\n      List: [a, 1]\n      Obj: {K: v, N: {M: 1}}\n'));
  const name = known(at('Name'));
  assert.equal(name, { kind: 'scalar', value: 'logs', path: [...PROPS, 'Name'] });
  assert.is(js(at('Port')), 443);
  assert.is(js(at('On')), true);
  const list = known(at('List'));
  assert.is(list.kind, 'list');
  assert.equal(list.kind === 'list' && list.items.map((i) => i.path), [[...PROPS, 'List', 0], [...PROPS, 'List', 1]]);
  const obj = known(at('Obj'));
  assert.equal(plain(obj), { K: 'v', N: { M: 1 } });
  assert.equal(field(field(obj, 'N'), 'M')?.path, [...PROPS, 'Obj', 'N', 'M']);
});

test('a map with an intrinsic key beside other keys is an object, not a function call', () => {
  const { at } = setup(yaml('      V: {Ref: X, Other: 1}\n'));
  assert.equal(js(at('V')), { Ref: 'X', Other: 1 });
});

test('JSON templates resolve like YAML ones', () => {
  const text = JSON.stringify(
    {
      Parameters: { Env: { Type: 'String', Default: 'prod' } },
      Resources: { R: { Type: 'AWS::S3::Bucket', Properties: { V: { 'Fn::Sub': 'logs-${Env}-${AWS::Region}' }, W: { 'Fn::Join': ['-', ['a', { Ref: 'Env' }]] } } } },
    },
    null,
    2,
  );
  const { at, doc } = setup(text);
  const v = known(at('V'));
  assert.is(v.kind, 'unknown');
  assert.equal(v.kind === 'unknown' && v.parts, ['logs-prod-', { symbol: 'AWS::Region' }]);
  assert.is(js(at('W')), 'a-prod');
  // the parameter default is related, with its range in the JSON text
  const via = known(at('W')).via!;
  assert.equal(via.map((x) => x.path), [['Parameters', 'Env', 'Default']]);
  const def = locate(doc, ['Parameters', 'Env', 'Default']);
  assert.equal(via[0].range, { start: def.start, end: def.end });
});

// ---------------------------------------------------------------- Ref

test('Ref to a parameter with a Default: the default, at the place of the Ref, with the default as via', () => {
  const { at, doc } = setup(yaml('      V: !Ref Env\n      N: !Ref Port\n', 'Parameters:\n  Env:\n    Type: String\n    Default: prod\n  Port:\n    Type: Number\n    Default: 443\n'));
  const v = known(at('V'));
  assert.equal(v.kind === 'scalar' && v.value, 'prod');
  assert.equal(v.path, [...PROPS, 'V']);
  assert.equal(v.via?.length, 1);
  assert.is(v.via![0].message, 'default of parameter Env');
  assert.equal(v.via![0].path, ['Parameters', 'Env', 'Default']);
  const def = locate(doc, ['Parameters', 'Env', 'Default']);
  assert.equal(v.via![0].range, { start: def.start, end: def.end });
  assert.equal(v.via![0].range!.start, { line: 5, column: 14 });
  assert.is(js(at('N')), 443);
});

test('Ref to a parameter given in config: the config value wins over the default', () => {
  const { at } = setup(yaml('      V: !Ref Env\n      N: !Ref Count\n', 'Parameters:\n  Env:\n    Type: String\n    Default: prod\n  Count:\n    Type: Number\n'), { Env: 'dev', Count: 3 });
  const v = known(at('V'));
  assert.equal(plain(v), 'dev');
  assert.equal(v.via, [{ message: 'parameter Env (value given in config)', path: ['Parameters', 'Env'] }]);
  assert.is(js(at('N')), 3);
});

test('Ref to a parameter with AllowedValues and no Default: one scenario per allowed value', () => {
  const text = yaml('      V: !Ref Env\n', 'Parameters:\n  Env:\n    Type: String\n    AllowedValues: [dev, prod]\n');
  const { at } = setup(text);
  const first = pick(0);
  assert.is(js(at('V', first.scenario)), 'dev');
  assert.equal(first.asked, [{ id: 'parameter:Env', labels: ['parameter Env is "dev"', 'parameter Env is "prod"'] }]);
  const second = known(at('V', pick(1).scenario));
  assert.is(plain(second), 'prod');
  assert.equal(second.via?.[0].path, ['Parameters', 'Env', 'AllowedValues', 1]);
  assert.is(second.via?.[0].message, 'allowed value of parameter Env');
  assert.equal(second.via?.[0].range?.start, { line: 5, column: 26 });
});

test('Ref to a parameter with neither Default nor AllowedValues is unknown', () => {
  const { at } = setup(yaml('      V: !Ref Env\n', 'Parameters:\n  Env:\n    Type: String\n'));
  assert.equal(at('V'), { kind: 'unknown', path: [...PROPS, 'V'], symbol: 'parameter Env' });
});

test('list parameters: CommaDelimitedList and List<> defaults split on commas and trimmed, config arrays taken as they are', () => {
  const sections =
    'Parameters:\n  Cidrs:\n    Type: CommaDelimitedList\n    Default: "10.0.0.0/8, 0.0.0.0/0"\n  Subnets:\n    Type: List<AWS::EC2::Subnet::Id>\n    Default: subnet-1,subnet-2\n  Given:\n    Type: CommaDelimitedList\n';
  const { at } = setup(yaml('      A: !Ref Cidrs\n      B: !Ref Subnets\n      C: !Ref Given\n', sections), { Given: ['x', 'y', 'z'] });
  const a = known(at('A'));
  assert.equal(plain(a), ['10.0.0.0/8', '0.0.0.0/0']);
  // each item stands at the Ref and carries the default
  assert.equal(a.kind === 'list' && a.items.map((i) => [i.path, i.via?.[0].path]), [
    [[...PROPS, 'A'], ['Parameters', 'Cidrs', 'Default']],
    [[...PROPS, 'A'], ['Parameters', 'Cidrs', 'Default']],
  ]);
  assert.equal(js(at('B')), ['subnet-1', 'subnet-2']);
  assert.equal(js(at('C')), ['x', 'y', 'z']);
});

test('SSM parameter types are unknown: their Default names a parameter in Systems Manager, not its value', () => {
  const sections =
    'Parameters:\n  Cidr:\n    Type: AWS::SSM::Parameter::Value<String>\n    Default: /network/allowed-cidr\n  Ids:\n    Type: AWS::SSM::Parameter::Value<List<String>>\n    Default: /network/ids\n';
  const { at } = setup(yaml('      A: !Ref Cidr\n      B: !Ref Ids\n      C: !Sub "${Cidr}"\n', sections));
  assert.equal(at('A'), { kind: 'unknown', path: [...PROPS, 'A'], symbol: 'parameter Cidr' });
  assert.is(known(at('B')).kind, 'unknown');
  assert.is(known(at('C')).kind, 'unknown');
  // a value given in config is the value itself
  const given = setup(yaml('      A: !Ref Cidr\n      B: !Ref Ids\n', sections), { Cidr: '10.0.0.0/8', Ids: 'a,b' });
  assert.is(js(given.at('A')), '10.0.0.0/8');
  assert.equal(js(given.at('B')), ['a', 'b']);
});

test('pseudo parameters, resources and undefined names are unknown; AWS::NoValue is absent', () => {
  const { at } = setup(
    yaml('      Region: !Ref AWS::Region\n      Account: !Ref AWS::AccountId\n      Self: !Ref R\n      Nope: !Ref Nope\n      Gone: !Ref AWS::NoValue\n      Bad: {Ref: [a]}\n'),
  );
  assert.equal(at('Region'), { kind: 'unknown', path: [...PROPS, 'Region'], symbol: 'AWS::Region' });
  assert.is(known(at('Account')).kind === 'unknown' && (known(at('Account')) as { symbol: string }).symbol, 'AWS::AccountId');
  assert.equal(at('Self'), { kind: 'unknown', path: [...PROPS, 'Self'], symbol: 'Ref R' });
  assert.equal(at('Nope'), { kind: 'unknown', path: [...PROPS, 'Nope'], symbol: 'Ref Nope (undefined)' });
  assert.is(at('Gone'), ABSENT);
  assert.equal(at('Bad'), { kind: 'unknown', path: [...PROPS, 'Bad'], symbol: 'Ref' });
});

// ---------------------------------------------------------------- Fn::Sub

test('Fn::Sub: known parameters substituted, ${!Literal} kept literally, spaces inside ${ } ignored', () => {
  const { at } = setup(yaml('      V: !Sub "logs-${Env}-${ Env }-${!Literal}"\n', 'Parameters:\n  Env:\n    Type: String\n    Default: prod\n'));
  const v = known(at('V'));
  assert.equal(plain(v), 'logs-prod-prod-${Literal}');
  // one related location for the parameter, not one per use
  assert.equal(v.via?.map((x) => x.message), ['default of parameter Env']);
});

test('Fn::Sub with a variable map: variables win over parameters and are resolved themselves', () => {
  const { at } = setup(
    yaml('      V: !Sub\n        - "${Env}/${Name}/${Gone}x"\n        - Name: !Join ["-", [a, b]]\n          Env: fixed\n          Gone: !Ref AWS::NoValue\n', 'Parameters:\n  Env:\n    Type: String\n    Default: prod\n'),
  );
  assert.is(js(at('V')), 'fixed/a-b/x');
});

test('Fn::Sub with unknown parts: an unknown string with its literal and symbolic parts', () => {
  const { at } = setup(yaml('      V: !Sub "arn:${AWS::Partition}:s3:::${Bucket}/${Role.Arn}/*"\n      W: !Sub "${AWS::AccountId}"\n  Bucket:\n    Type: AWS::S3::Bucket\n'));
  const v = known(at('V'));
  assert.is(v.kind, 'unknown');
  assert.equal(v.kind === 'unknown' && v.symbol, 'Fn::Sub');
  assert.equal(v.kind === 'unknown' && v.parts, ['arn:', { symbol: 'AWS::Partition' }, ':s3:::', { symbol: 'Ref Bucket' }, '/', { symbol: 'Fn::GetAtt Role.Arn' }, '/*']);
  assert.equal(v.path, [...PROPS, 'V']);
  const w = known(at('W'));
  assert.equal(w.kind === 'unknown' && w.parts, [{ symbol: 'AWS::AccountId' }]);
});

test('Fn::Sub of something other than a string is unknown', () => {
  const { at } = setup(yaml('      V: {"Fn::Sub": [[a], {}]}\n'));
  assert.equal(at('V'), { kind: 'unknown', path: [...PROPS, 'V'], symbol: 'Fn::Sub' });
});

// ---------------------------------------------------------------- Join, Select, Split, FindInMap

test('Fn::Join joins known items, keeps unknown items as parts, and relates each parameter once', () => {
  const sections = 'Parameters:\n  Names:\n    Type: CommaDelimitedList\n    Default: a,b,c\n';
  const { at } = setup(
    yaml('      A: !Join [":", [arn, aws, s3]]\n      B: !Join ["", [x, !Ref AWS::Region, y]]\n      C: !Join [",", !Ref Names]\n      D: !Join [",", []]\n      E: !Join [",", !GetAZs ""]\n      F: !Join [[","], [a]]\n      G: !Join [","]\n', sections),
  );
  assert.is(js(at('A')), 'arn:aws:s3');
  const b = known(at('B'));
  assert.equal(b.kind === 'unknown' && [b.symbol, b.parts], ['Fn::Join', ['x', { symbol: 'AWS::Region' }, 'y']]);
  const c = known(at('C'));
  assert.is(plain(c), 'a,b,c');
  assert.equal(c.via?.map((v) => v.path), [['Parameters', 'Names', 'Default']]);
  assert.is(js(at('D')), '');
  assert.equal(at('E'), { kind: 'unknown', path: [...PROPS, 'E'], symbol: 'Fn::Join' });
  assert.equal(at('F'), { kind: 'unknown', path: [...PROPS, 'F'], symbol: 'Fn::Join' });
  assert.equal(at('G'), { kind: 'unknown', path: [...PROPS, 'G'], symbol: 'Fn::Join' });
});

test('Fn::Select picks by index (a number or a numeric string), out of range or unknown lists are unknown', () => {
  const sections = 'Parameters:\n  Subnets:\n    Type: CommaDelimitedList\n    Default: s-1,s-2\n';
  const { at } = setup(
    yaml('      A: !Select [1, [a, b]]\n      B: !Select ["0", [a, b]]\n      C: !Select [2, [a, b]]\n      D: !Select [0, !GetAZs ""]\n      E: !Select [1, !Ref Subnets]\n      F: !Select [-1, [a]]\n', sections),
  );
  const a = known(at('A'));
  assert.equal([plain(a), a.path], ['b', [...PROPS, 'A']]);
  assert.is(js(at('B')), 'a');
  assert.equal(at('C'), { kind: 'unknown', path: [...PROPS, 'C'], symbol: 'Fn::Select' });
  assert.equal(at('D'), { kind: 'unknown', path: [...PROPS, 'D'], symbol: 'Fn::Select' });
  const e = known(at('E'));
  assert.equal([plain(e), e.path, e.via?.[0].path], ['s-2', [...PROPS, 'E'], ['Parameters', 'Subnets', 'Default']]);
  assert.is(known(at('F')).kind, 'unknown');
});

test('Fn::Split splits a known string into a list at the place of the Split; an unknown string stays unknown', () => {
  const { at } = setup(yaml('      A: !Split [",", "a,b,,c"]\n      B: !Split [",", !Ref AWS::StackName]\n      C: !Select [2, !Split ["/", "x/y/z"]]\n'));
  const a = known(at('A'));
  assert.equal(plain(a), ['a', 'b', '', 'c']);
  assert.equal(a.kind === 'list' && a.items.map((i) => i.path), Array(4).fill([...PROPS, 'A']));
  assert.equal(at('B'), { kind: 'unknown', path: [...PROPS, 'B'], symbol: 'Fn::Split' });
  assert.is(js(at('C')), 'z');
});

test('Fn::FindInMap: the mapping value at the place of the call, items included, with the mapping as via', () => {
  const sections = 'Parameters:\n  Env:\n    Type: String\n    Default: prod\nMappings:\n  Net:\n    prod:\n      Cidr: 0.0.0.0/0\n      Ports: [22, 443]\n';
  const { at, doc } = setup(
    yaml('      A: !FindInMap [Net, !Ref Env, Cidr]\n      B: !FindInMap [Net, prod, Ports]\n      C: !FindInMap [Net, dev, Cidr]\n      D: !FindInMap [Net, !Ref AWS::Region, Cidr]\n      E: !FindInMap [Net, prod]\n', sections),
  );
  const a = known(at('A'));
  assert.equal([plain(a), a.path], ['0.0.0.0/0', [...PROPS, 'A']]);
  assert.equal(a.via?.map((v) => v.path), [['Mappings', 'Net', 'prod', 'Cidr']]);
  assert.equal(a.via?.[0].range, { start: locate(doc, ['Mappings', 'Net', 'prod', 'Cidr']).start, end: locate(doc, ['Mappings', 'Net', 'prod', 'Cidr']).end });
  const b = known(at('B'));
  assert.equal(plain(b), [22, 443]);
  // a finding on an item points at the call in the resource, not into Mappings
  assert.equal(b.kind === 'list' && b.items.map((i) => [i.path, i.via?.[0].path]), [
    [[...PROPS, 'B'], ['Mappings', 'Net', 'prod', 'Ports']],
    [[...PROPS, 'B'], ['Mappings', 'Net', 'prod', 'Ports']],
  ]);
  assert.equal(at('C'), { kind: 'unknown', path: [...PROPS, 'C'], symbol: 'Fn::FindInMap Net.dev.Cidr' });
  assert.equal(at('D'), { kind: 'unknown', path: [...PROPS, 'D'], symbol: 'Fn::FindInMap' });
  assert.equal(at('E'), { kind: 'unknown', path: [...PROPS, 'E'], symbol: 'Fn::FindInMap' });
});

test('Fn::FindInMap with a DefaultValue (AWS::LanguageExtensions): the default where the keys name no entry', () => {
  const sections = 'Transform: AWS::LanguageExtensions\nMappings:\n  Net:\n    prod:\n      Cidr: 10.0.0.0/8\n';
  const { at } = setup(
    yaml('      A: !FindInMap [Net, dev, Cidr, {DefaultValue: 0.0.0.0/0}]\n      B: !FindInMap [Net, prod, Cidr, {DefaultValue: 0.0.0.0/0}]\n      C: !FindInMap [Net, !Ref AWS::Region, Cidr, {DefaultValue: 0.0.0.0/0}]\n', sections),
  );
  const a = known(at('A'));
  // the default is written in the resource, so it points there
  assert.equal([plain(a), a.path], ['0.0.0.0/0', [...PROPS, 'A', 'Fn::FindInMap', 3, 'DefaultValue']]);
  assert.is(js(at('B')), '10.0.0.0/8');
  assert.equal(at('C'), { kind: 'unknown', path: [...PROPS, 'C'], symbol: 'Fn::FindInMap' });
});

// ---------------------------------------------------------------- Fn::If

test('Fn::If asks the scenario, with a stable id and labels, and resolves the branch taken at its place', () => {
  const { at, doc } = setup(yaml('      V: !If [UseKms, aws:kms, AES256]\n'));
  const first = pick(0);
  const v1 = known(at('V', first.scenario));
  assert.equal(first.asked, [{ id: 'condition:UseKms', labels: ['condition UseKms is true', 'condition UseKms is false'] }]);
  assert.equal([plain(v1), v1.path], ['aws:kms', [...PROPS, 'V', 'Fn::If', 1]]);
  const v2 = known(at('V', pick(1).scenario));
  assert.equal([plain(v2), v2.path], ['AES256', [...PROPS, 'V', 'Fn::If', 2]]);
  // the path locates the branch itself
  const loc = locate(doc, v2.path);
  assert.equal(doc.text.split('\n')[loc.start.line - 1].slice(loc.start.column - 1, loc.end.column - 1), 'AES256');
});

test('Fn::If with AWS::NoValue: the property is removed on that branch only', () => {
  const { at } = setup(yaml('      Obj:\n        Keep: 1\n        Key: !If [HasKey, !Ref AWS::NoValue, k-1]\n      List: [a, !If [More, b, !Ref AWS::NoValue], c]\n      Whole: !If [On, {A: 1}, !Ref AWS::NoValue]\n'));
  assert.equal(js(at('Obj', pick(0).scenario)), { Keep: 1 });
  assert.equal(js(at('Obj', pick(1).scenario)), { Keep: 1, Key: 'k-1' });
  assert.equal(js(at('List', pick(0).scenario)), ['a', 'b', 'c']);
  const without = known(at('List', pick(1).scenario));
  assert.equal(plain(without), ['a', 'c']);
  // the items left keep the paths they were written at
  assert.equal(without.kind === 'list' && without.items.map((i) => i.path), [[...PROPS, 'List', 0], [...PROPS, 'List', 2]]);
  assert.equal(js(at('Whole', pick(0).scenario)), { A: 1 });
  assert.is(at('Whole', pick(1).scenario), ABSENT);
});

test('Fn::If branches are chosen per condition: the same condition answers alike, others separately', () => {
  const { at } = setup(yaml('      V: [!If [A, a1, a2], !If [B, b1, b2], !If [A, a3, a4]]\n'));
  const s = pick((id) => (id === 'condition:B' ? 1 : 0));
  assert.equal(js(at('V', s.scenario)), ['a1', 'b2', 'a3']);
  assert.equal(s.asked.map((a) => a.id), ['condition:A', 'condition:B', 'condition:A']);
});

test('a malformed Fn::If is unknown', () => {
  const { at } = setup(yaml('      V: {"Fn::If": [A, b]}\n'));
  assert.equal(at('V'), { kind: 'unknown', path: [...PROPS, 'V'], symbol: 'Fn::If' });
});

// ---------------------------------------------------------------- symbolic functions and the rest

test('Fn::GetAtt, Fn::ImportValue, Fn::GetAZs, Fn::Cidr and Fn::Transform are unknown', () => {
  const { at } = setup(
    yaml('      A: !GetAtt Role.Arn\n      B: !GetAtt [Db, Endpoint.Address]\n      C: !ImportValue SharedVpc\n      D: !GetAZs ""\n      E: !Cidr [10.0.0.0/16, 6, 5]\n      F: {"Fn::Transform": {Name: AWS::Include}}\n'),
  );
  assert.equal(at('A'), { kind: 'unknown', path: [...PROPS, 'A'], symbol: 'Fn::GetAtt Role.Arn' });
  assert.equal(at('B'), { kind: 'unknown', path: [...PROPS, 'B'], symbol: 'Fn::GetAtt Db.Endpoint.Address' });
  assert.equal(at('C'), { kind: 'unknown', path: [...PROPS, 'C'], symbol: 'Fn::ImportValue' });
  assert.equal(at('D'), { kind: 'unknown', path: [...PROPS, 'D'], symbol: 'Fn::GetAZs' });
  assert.equal(at('E'), { kind: 'unknown', path: [...PROPS, 'E'], symbol: 'Fn::Cidr' });
  assert.equal(at('F'), { kind: 'unknown', path: [...PROPS, 'F'], symbol: 'Fn::Transform' });
});

test('Fn::Base64 keeps the plain text (known or partly known) at its place', () => {
  const { at } = setup(yaml('      A: !Base64 "#!/bin/sh"\n      B:\n        Fn::Base64: !Sub "echo ${AWS::StackName}"\n      C: {"Fn::Base64": {Ref: AWS::NoValue}}\n'));
  const a = known(at('A'));
  assert.equal([plain(a), a.path], ['#!/bin/sh', [...PROPS, 'A']]);
  const b = known(at('B'));
  assert.equal(b.kind === 'unknown' && [b.parts, b.path], [['echo ', { symbol: 'AWS::StackName' }], [...PROPS, 'B']]);
  assert.equal(at('C'), { kind: 'unknown', path: [...PROPS, 'C'], symbol: 'Fn::Base64' });
});

test('Fn::ToJsonString writes known values as JSON; anything unknown inside makes it unknown', () => {
  const { at } = setup(yaml('      A: !ToJsonString {Version: "2012-10-17", N: !Ref Port, L: [1, true]}\n      B: !ToJsonString {Arn: !GetAtt Role.Arn}\n      C:\n        Fn::ToJsonString: !GetAtt Role.Arn\n', 'Parameters:\n  Port:\n    Type: Number\n    Default: 22\n'));
  assert.is(js(at('A')), '{"Version":"2012-10-17","N":22,"L":[1,true]}');
  assert.equal(at('B'), { kind: 'unknown', path: [...PROPS, 'B'], symbol: 'Fn::ToJsonString' });
  assert.equal(at('C'), { kind: 'unknown', path: [...PROPS, 'C'], symbol: 'Fn::ToJsonString' });
});

test('Fn::Length counts a known list (after AWS::NoValue removals), else unknown', () => {
  const { at } = setup(
    yaml('      A: !Length [a, b, c]\n      B:\n        Fn::Length: !Ref Names\n      C: !Length [a, !If [C, b, !Ref AWS::NoValue]]\n      D: !Length x\n', 'Parameters:\n  Names:\n    Type: CommaDelimitedList\n    Default: a,b\n'),
  );
  assert.is(js(at('A')), 3);
  assert.is(js(at('B')), 2);
  assert.is(js(at('C', pick(0).scenario)), 2);
  assert.is(js(at('C', pick(1).scenario)), 1);
  assert.equal(at('D'), { kind: 'unknown', path: [...PROPS, 'D'], symbol: 'Fn::Length' });
});

test('nested functions resolve inside out', () => {
  const sections = 'Parameters:\n  Env:\n    Type: String\n    Default: prod\nMappings:\n  Cidrs:\n    prod:\n      List: "10.0.0.0/8,0.0.0.0/0"\n';
  const { at } = setup(
    yaml('      V: !Select [1, !Split [",", !FindInMap [Cidrs, !Ref Env, List]]]\n      W: !Join ["-", [!Select [0, !Split ["/", !Sub "${Env}/x"]], !If [Big, large, small]]]\n', sections),
  );
  const v = known(at('V'));
  assert.equal([plain(v), v.path], ['0.0.0.0/0', [...PROPS, 'V']]);
  assert.equal(v.via?.map((x) => x.message), ['mapping Cidrs.prod.List']);
  assert.is(js(at('W', pick(1).scenario)), 'prod-small');
});

test('very deep nesting stops with an unknown value instead of overflowing', () => {
  let node: unknown = 'x';
  for (let i = 0; i < 300; i++) node = { 'Fn::Base64': node };
  const text = JSON.stringify({ Resources: { R: { Type: 'AWS::S3::Bucket', Properties: { V: node } } } });
  const { at } = setup(text);
  assert.equal(at('V'), { kind: 'unknown', path: [...PROPS, 'V'], symbol: 'nesting too deep' });
});

// ---------------------------------------------------------------- readTemplate

test('readTemplate reads the sections, and gives nothing for a document that is not a map', () => {
  const doc = parseDocument('t.yaml', yaml('      V: 1\n  Other:\n    Type: AWS::SNS::Topic\n', 'Parameters:\n  P:\n    Type: String\nMappings:\n  M: {a: {b: c}}\nConditions:\n  C: !Equals [a, b]\n'));
  const t = readTemplate(doc, { P: 'x' })!;
  assert.equal([...t.resourceIds], ['R', 'Other']);
  assert.equal(t.parameters?.entries.map((e) => e.key), ['P']);
  assert.equal(t.mappings?.entries.map((e) => e.key), ['M']);
  assert.equal(t.conditions?.entries.map((e) => e.key), ['C']);
  assert.equal(t.parameterValues, { P: 'x' });
  assert.is(readTemplate(parseDocument('l.yaml', '- a\n- b\n')), undefined);
  const bare = readTemplate(parseDocument('e.yaml', 'Description: nothing\n'))!;
  assert.equal([bare.resources, bare.parameters, bare.resourceIds.size], [undefined, undefined, 0]);
});

test.run();
