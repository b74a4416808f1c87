import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closest, levenshtein } from '../../src/core/closest.ts';

test('levenshtein', () => {
  assert.is(levenshtein('', ''), 0);
  assert.is(levenshtein('abc', ''), 3);
  assert.is(levenshtein('kitten', 'sitting'), 3);
  assert.is(levenshtein('rules', 'rule'), 1);
});

test('levenshtein with a bound: exact up to it, some number above it past it', () => {
  const words = ['', 'a', 'ab', 'kitten', 'sitting', 's3:GetObject', 's3:GetObjects', 'iam:PassRole', 'iam:PasRole', 'ec2:RunInstances', 'x'.repeat(80), 'y'.repeat(70)];
  // reference: the plain dynamic programme
  const plain = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  for (const a of words)
    for (const b of words) {
      const exact = plain(a, b);
      assert.is(levenshtein(a, b), exact, `${a} / ${b}`);
      for (const max of [0, 1, 2, 3, 10]) {
        const bounded = levenshtein(a, b, max);
        if (exact <= max) assert.is(bounded, exact, `${a} / ${b} within ${max}`);
        else assert.ok(bounded > max, `${a} / ${b} past ${max}`);
      }
    }
});

test('closest: near typos and abbreviations, nothing for a wild guess', () => {
  assert.is(closest('rule', ['rules', 'include']), 'rules');
  assert.is(closest('warn', ['off', 'info', 'warning', 'error']), 'warning');
  assert.is(closest('RULES', ['rules']), 'rules');
  assert.is(closest('zzz', ['rules', 'include']), undefined);
  assert.is(closest('x', []), undefined);
});

test.run();
