import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nodeToValue } from '../../src/adapters/iam/node-value.ts';
import type { Path } from '../../src/core/range.ts';
import type { Value } from '../../src/model/value.ts';
import { unknown } from '../../src/model/value.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { evaluate } from '../../src/policies/evaluate.ts';
import type { Truth } from '../../src/policies/functions/types.ts';
import { parsePath, walk } from '../../src/policies/path.ts';
import type { Assertion } from '../../src/policies/types.ts';

const BASE: Path = ['Resources', 'R', 'Properties'];

/** A subject read from YAML, standing at BASE as resource properties do. */
function subject(yaml: string): Value {
  const doc = parseDocument('s.yaml', yaml);
  assert.equal(doc.problems, [], yaml);
  return nodeToValue(doc.root!, BASE);
}

/** An object subject whose `key` is unknown (a GetAtt, a parameter without default). */
function withUnknown(yaml: string, key: string): Value {
  const v = subject(yaml);
  assert.is(v.kind, 'object');
  if (v.kind === 'object') v.entries.set(key, unknown([...BASE, key], 'Fn::GetAtt X.Y'));
  return v;
}

// Leaves with a fixed truth on any subject: `equals` on a key set to yes / no / an unknown value.
const T: Assertion = { path: 'Yes', fn: 'equals', options: { value: true } };
const F: Assertion = { path: 'No', fn: 'equals', options: { value: true } };
const U: Assertion = { path: 'Unknown', fn: 'equals', options: { value: true } };
const LEAVES = withUnknown('Yes: true\nNo: false\n', 'Unknown');
const truth = (a: Assertion, s: Value | undefined = LEAVES): Truth => evaluate(a, s, BASE).truth;
const name = (a: Assertion) => (a === T ? 'T' : a === F ? 'F' : 'U');

// ---------------------------------------------------------------- three-valued logic

test('leaves: true, false and unknown', () => {
  assert.equal([truth(T), truth(F), truth(U)], [true, false, 'unknown']);
});

test('all: false wins over unknown, unknown over true (the full truth table)', () => {
  const expected: Record<string, Truth> = { TT: true, TF: false, TU: 'unknown', FT: false, FF: false, FU: false, UT: 'unknown', UF: false, UU: 'unknown' };
  for (const a of [T, F, U]) for (const b of [T, F, U]) assert.is(truth({ all: [a, b] }), expected[name(a) + name(b)], `all ${name(a)} ${name(b)}`);
});

test('any: true wins over unknown, unknown over false (the full truth table)', () => {
  const expected: Record<string, Truth> = { TT: true, TF: true, TU: true, FT: true, FF: false, FU: 'unknown', UT: true, UF: 'unknown', UU: 'unknown' };
  for (const a of [T, F, U]) for (const b of [T, F, U]) assert.is(truth({ any: [a, b] }), expected[name(a) + name(b)], `any ${name(a)} ${name(b)}`);
});

test('not flips true and false and keeps unknown; it nests', () => {
  assert.equal([truth({ not: T }), truth({ not: F }), truth({ not: U })], [false, true, 'unknown']);
  assert.is(truth({ not: { not: F } }), false);
  assert.is(truth({ not: { all: [T, U] } }), 'unknown');
  assert.is(truth({ not: { any: [F, F] } }), true);
});

// ---------------------------------------------------------------- blame

test('a false all blames the first false part; a false any blames every part', () => {
  const all = evaluate({ all: [T, F, { path: 'Also', fn: 'exists' }] }, LEAVES, BASE);
  assert.equal([all.truth, all.blame.map((b) => b.path)], [false, [[...BASE, 'No']]]);
  const any = evaluate({ any: [F, { path: 'Missing', fn: 'exists' }] }, LEAVES, BASE);
  assert.equal([any.truth, any.blame.map((b) => b.path)], [false, [[...BASE, 'No'], [...BASE, 'Missing']]]);
});

test('an unknown outcome blames the unknown value, at its own path', () => {
  const o = evaluate({ all: [T, U] }, LEAVES, BASE);
  assert.equal([o.truth, o.blame.map((b) => [b.path, b.value?.kind])], ['unknown', [[[...BASE, 'Unknown'], 'unknown']]]);
});

test('a missing property is blamed at its full path, so the core can point at the deepest part that exists', () => {
  const s = subject('BucketName: logs\n');
  const o = evaluate({ path: 'BucketEncryption.ServerSideEncryptionConfiguration[*].ServerSideEncryptionByDefault.SSEAlgorithm', fn: 'exists' }, s, BASE);
  assert.equal([o.truth, o.blame], [false, [{ value: undefined, path: [...BASE, 'BucketEncryption', 'ServerSideEncryptionConfiguration'] }]]);
  const deeper = evaluate({ path: 'A.B.C', fn: 'exists' }, subject('A: {B: {}}\n'), BASE);
  assert.equal(deeper.blame, [{ value: undefined, path: [...BASE, 'A', 'B', 'C'] }]);
  // a subject that does not exist at all (a resource without Properties) is blamed from the base
  const none = evaluate({ path: 'A.B', fn: 'exists' }, undefined, ['Resources', 'R']);
  assert.equal(none.blame, [{ value: undefined, path: ['Resources', 'R', 'A', 'B'] }]);
});

test('a value present is blamed at its own path; not keeps the blame of what it negates', () => {
  const s = subject('Acl: PublicRead\n');
  const o = evaluate({ not: { path: 'Acl', fn: 'in', options: { values: ['PublicRead', 'PublicReadWrite'] } } }, s, BASE);
  assert.equal([o.truth, o.blame.map((b) => b.path)], [false, [[...BASE, 'Acl']]]);
});

// ---------------------------------------------------------------- paths, quantifiers, every and some

test('[*] with quantifier all (the default) needs every item, with any one item', () => {
  const s = subject('Rules: [{Algo: aws:kms}, {Algo: AES256}]\n');
  const kms = { fn: 'equals', options: { value: 'aws:kms' } };
  const all = evaluate({ path: 'Rules[*].Algo', ...kms }, s, BASE);
  assert.equal([all.truth, all.blame.map((b) => b.path)], [false, [[...BASE, 'Rules', 1, 'Algo']]]);
  assert.is(evaluate({ path: 'Rules[*].Algo', quantifier: 'any', ...kms }, s, BASE).truth, true);
  assert.is(evaluate({ path: 'Rules[0].Algo', ...kms }, s, BASE).truth, true);
  assert.is(evaluate({ path: 'Rules[1].Algo', ...kms }, s, BASE).truth, false);
});

test('[*] over a single value treats it as a list of one, as IAM reads Action: "s3:GetObject"', () => {
  const s = subject('Action: s3:GetObject\n');
  assert.is(evaluate({ path: 'Action[*]', fn: 'equals', options: { value: 's3:GetObject' } }, s, BASE).truth, true);
  assert.is(evaluate({ path: 'Action[0]', fn: 'equals', options: { value: 's3:GetObject' } }, s, BASE).truth, true);
  assert.is(evaluate({ path: 'Action[1]', fn: 'exists' }, s, BASE).truth, false);
  assert.is(evaluate({ path: 'Action', every: { fn: 'pattern', options: { regex: '^s3:' } } }, s, BASE).truth, true);
});

test('every and some on absent or empty lists: every item of nothing complies, and no item does', () => {
  const fails = { fn: 'equals', options: { value: 'never' } };
  for (const yaml of ['Other: 1\n', 'Rules: []\n']) {
    const s = subject(yaml);
    assert.is(evaluate({ path: 'Rules', every: fails }, s, BASE).truth, true, `every on ${yaml}`);
    const some = evaluate({ path: 'Rules', some: fails }, s, BASE);
    assert.equal([some.truth, some.blame.map((b) => b.path)], [false, [[...BASE, 'Rules']]], `some on ${yaml}`);
  }
});

test('every and some read each item relative to itself, and blame the item at fault', () => {
  const s = subject('Ingress:\n  - {CidrIp: 10.0.0.0/8}\n  - {CidrIp: 0.0.0.0/0}\n');
  const closed = { not: { path: 'CidrIp', fn: 'cidr-world' } };
  const every = evaluate({ path: 'Ingress', every: closed }, s, BASE);
  assert.equal([every.truth, every.blame.map((b) => b.path)], [false, [[...BASE, 'Ingress', 1, 'CidrIp']]]);
  assert.is(evaluate({ path: 'Ingress', some: closed }, s, BASE).truth, true);
  assert.is(evaluate({ path: 'Ingress', some: { path: 'CidrIp', fn: 'cidr-world' } }, s, BASE).truth, true);
});

test('an unknown list, or an unknown value on the way down a path, makes the outcome unknown', () => {
  const list = withUnknown('Other: 1\n', 'Ingress');
  assert.is(evaluate({ path: 'Ingress', every: { path: 'CidrIp', fn: 'cidr-world' } }, list, BASE).truth, 'unknown');
  assert.is(evaluate({ path: 'Ingress', some: { path: 'CidrIp', fn: 'cidr-world' } }, list, BASE).truth, 'unknown');
  assert.is(evaluate({ path: 'Ingress[*].CidrIp', fn: 'exists' }, list, BASE).truth, 'unknown');
  // even exists cannot say whether an unknown object has a key
  const o = evaluate({ path: 'Ingress.CidrIp', fn: 'absent' }, list, BASE);
  assert.equal([o.truth, o.blame.map((b) => [b.path, b.value?.kind])], ['unknown', [[[...BASE, 'Ingress'], 'unknown']]]);
  // one unknown item: every is unknown unless another item already fails
  const items = subject('Ingress: [{CidrIp: 10.0.0.0/8}]\n');
  if (items.kind === 'object') {
    const ingress = items.entries.get('Ingress')!;
    if (ingress.kind === 'list') ingress.items.push(unknown([...BASE, 'Ingress', 1], 'Fn::If'));
  }
  assert.is(evaluate({ path: 'Ingress', every: { not: { path: 'CidrIp', fn: 'cidr-world' } } }, items, BASE).truth, 'unknown');
  assert.is(evaluate({ path: 'Ingress', some: { not: { path: 'CidrIp', fn: 'cidr-world' } } }, items, BASE).truth, true);
});

test('an assertion without a path applies to the subject itself', () => {
  const rule = subject('IpProtocol: tcp\nFromPort: 22\nToPort: 22\n');
  assert.is(evaluate({ fn: 'port-range', options: { ports: [22] } }, rule, BASE).truth, true);
  assert.is(evaluate({ fn: 'exists' }, undefined, BASE).truth, false);
});

// ---------------------------------------------------------------- path.ts

test('parsePath reads keys, [*] and [N], and keys with colons and dashes', () => {
  assert.equal(parsePath('A.B[*].C[0]'), [{ key: 'A' }, { key: 'B' }, { each: true }, { key: 'C' }, { index: 0 }]);
  assert.equal(parsePath('Condition.StringEquals.aws:SourceAccount'), [{ key: 'Condition' }, { key: 'StringEquals' }, { key: 'aws:SourceAccount' }]);
  assert.equal(parsePath('[*]'), [{ each: true }]);
  assert.is(parsePath('A.B'), parsePath('A.B'), 'parsed once and cached');
});

test('walk: one place per item, an absent place for a missing key or an empty list, blocked at unknown values', () => {
  const s = subject('L: [{K: 1}, {K: 2}, {}]\nE: []\n');
  assert.equal(
    walk(s, parsePath('L[*].K'), BASE).map((r) => [r.path, r.value?.kind === 'scalar' ? r.value.value : r.value]),
    [
      [[...BASE, 'L', 0, 'K'], 1],
      [[...BASE, 'L', 1, 'K'], 2],
      [[...BASE, 'L', 2, 'K'], undefined],
    ],
  );
  assert.equal(walk(s, parsePath('E[*].K'), BASE), [{ value: undefined, path: [...BASE, 'E'] }]);
  assert.equal(walk(s, parsePath('M[*].K'), BASE), [{ value: undefined, path: [...BASE, 'M'] }]);
  assert.equal(walk(s, parsePath('L[5].K'), BASE), [{ value: undefined, path: [...BASE, 'L', 5, 'K'] }]);
  const u = withUnknown('A: 1\n', 'X');
  assert.equal(walk(u, parsePath('X.Y'), BASE).map((r) => [r.path, r.blocked]), [[[...BASE, 'X'], true]]);
  // an unknown value at the end of the path is reached, not blocked
  assert.equal(walk(u, parsePath('X'), BASE).map((r) => [r.path, r.blocked, r.value?.kind]), [[[...BASE, 'X'], undefined, 'unknown']]);
});

test.run();
