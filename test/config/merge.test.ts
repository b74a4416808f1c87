import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mergeRuleFlags } from '../../src/config/merge.ts';
import { configOf } from './config.ts';

test('--rule id=severity sets rules and cliRules; later flags win', () => {
  const { config, problems } = mergeRuleFlags(configOf({ rules: { 'a/b': 'error', 'c/d': 'info' } }), [
    'a/b=off',
    ' e/f = warning ',
    'e/f=error',
  ]);
  assert.equal(problems, []);
  assert.equal(config.rules, { 'a/b': 'off', 'c/d': 'info', 'e/f': 'error' });
  assert.equal(config.cliRules, { 'a/b': 'off', 'e/f': 'error' });
});

test('malformed flags are problems naming the flag', () => {
  const { config, problems } = mergeRuleFlags(configOf({}), ['a/b', '=off', 'a/b=', 'ok/rule=info']);
  assert.equal(
    problems.map((p) => [p.code, p.path, p.file]),
    [
      ['config/bad-rule-flag', ['--rule', 0], null],
      ['config/bad-rule-flag', ['--rule', 1], null],
      ['config/bad-rule-flag', ['--rule', 2], null],
    ],
  );
  assert.match(problems[0].message, '--rule "a/b" is not of the form id=severity');
  assert.equal(config.cliRules, { 'ok/rule': 'info' });
});

test('a bad severity says what is allowed and suggests the nearest', () => {
  const { problems } = mergeRuleFlags(configOf({}), ['a/b=warn', 'a/b=fatal']);
  assert.equal(problems.map((p) => [p.code, p.message]), [
    ['config/invalid-value', '--rule a/b=warn: the severity must be one of off, error, warning, info; did you mean "warning"?'],
    ['config/invalid-value', '--rule a/b=fatal: the severity must be one of off, error, warning, info'],
  ]);
});

test('the input config is not changed', () => {
  const input = configOf({ rules: { 'a/b': 'error' } });
  mergeRuleFlags(input, ['a/b=off']);
  assert.equal(input.rules, { 'a/b': 'error' });
  assert.is(input.cliRules, undefined);
});

test.run();
