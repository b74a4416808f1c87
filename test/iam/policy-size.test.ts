import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { minimumSize } from '../../src/iam/policy-size.ts';
import type { Value } from '../../src/model/value.ts';

const v = (x: unknown): Value => {
  if (Array.isArray(x)) return { kind: 'list', items: x.map(v), path: [] };
  if (x !== null && typeof x === 'object') return { kind: 'object', entries: new Map(Object.entries(x).map(([k, i]) => [k, v(i)])), path: [] };
  return { kind: 'scalar', value: x as string, path: [] };
};

test('a known document counts as compact JSON without whitespace', () => {
  const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::my bucket/*', Sid: 1 }] };
  assert.is(minimumSize(v(doc)), JSON.stringify(doc).replace(/\s/g, '').length);
});

test('unknown parts count for their known text only', () => {
  const partly: Value = { kind: 'unknown', symbol: 'Fn::Sub', parts: ['arn:', { symbol: 'AWS::Partition' }, ':s3:::b/*'], path: [] };
  assert.is(minimumSize(partly), JSON.stringify('arn::s3:::b/*').length);
  assert.is(minimumSize({ kind: 'unknown', symbol: 'Ref X', path: [] }), 0);
  const list: Value = { kind: 'list', items: [{ kind: 'unknown', symbol: 'Ref X', path: [] }, v('a')], path: [] };
  assert.is(minimumSize(list), '[,"a"]'.length);
});

test.run();
