import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { closest, levenshtein } from '../../src/core/closest.ts';

test('levenshtein', () => {
  assert.is(levenshtein('', ''), 0);
  assert.is(levenshtein('abc', ''), 3);
  assert.is(levenshtein('kitten', 'sitting'), 3);
  assert.is(levenshtein('rules', 'rule'), 1);
});

test('closest: near typos and abbreviations, nothing for a wild guess', () => {
  assert.is(closest('rule', ['rules', 'include']), 'rules');
  assert.is(closest('warn', ['off', 'info', 'warning', 'error']), 'warning');
  assert.is(closest('RULES', ['rules']), 'rules');
  assert.is(closest('zzz', ['rules', 'include']), undefined);
  assert.is(closest('x', []), undefined);
});

test.run();
