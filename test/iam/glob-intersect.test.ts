import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { char, globTokens, globsIntersect, star } from '../../src/iam/glob-intersect.ts';

const meet = (a: string, b: string) => globsIntersect(globTokens(a), globTokens(b));

test('two globs meet when one string matches both', () => {
  assert.ok(meet('arn:aws:s3:::*', 'arn:*:s3:::bucket/key'));
  assert.ok(meet('*b', '*c*'));
  assert.ok(meet('a?c', 'abc'));
  assert.ok(meet('*', ''));
  assert.ok(meet('role/*', 'role/app-*'));
});

test('they do not when their fixed parts disagree', () => {
  assert.not.ok(meet('role/*', 'policy/*'));
  assert.not.ok(meet('a?c', 'ac'));
  assert.not.ok(meet('x', ''));
  assert.not.ok(meet('bucket', 'bucket/*'));
});

test('a wildcard that excludes characters cannot take them', () => {
  const name = [char('b'), star('/:')];
  assert.ok(globsIntersect(name, globTokens('bucket')));
  assert.not.ok(globsIntersect(name, globTokens('bucket/*')));
  assert.not.ok(globsIntersect(name, globTokens('b:x')));
  assert.ok(globsIntersect([star('/')], [star(':')]));
});

test('characters compare without case', () => {
  assert.ok(meet('ARN:AWS:S3:::B', 'arn:aws:s3:::b'));
});

test('long globs stay fast', () => {
  const a = '*a'.repeat(200);
  const b = 'a*'.repeat(200) + 'b';
  const t = performance.now();
  assert.not.ok(meet(a, b));
  assert.ok(performance.now() - t < 500);
});

test.run();
