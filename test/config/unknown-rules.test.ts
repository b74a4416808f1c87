import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadConfig } from '../../src/config/load.ts';
import { mergeRuleFlags } from '../../src/config/merge.ts';
import { unknownRuleProblems } from '../../src/config/unknown-rules.ts';
import { tempTree } from '../discover/temp-tree.ts';
import { configOf } from './config.ts';

const known = new Set(['s3/encryption-at-rest', 's3/public-read', 'iam/no-wildcard-action']);

test('known ids are fine', () => {
  assert.equal(unknownRuleProblems(configOf({ rules: { 's3/public-read': 'off' } }), known), []);
});

test('a misspelt id is an error that suggests the closest known id, with its position', () => {
  const text = '{\n  "rules": {\n    "s3/encryption-at-rset": "off",\n    "totally/else": "off"\n  },\n  "overrides": [{"files": ["x"], "rules": {"iam/no-wildcard-actions": "off"}}]\n}';
  const dir = tempTree({ '.cloudseclintrc.json': text });
  const { config } = loadConfig({ cwd: dir });
  const problems = unknownRuleProblems(config, known);
  assert.equal(
    problems.map((p) => [p.code, p.path, `${p.line}:${p.column}`, p.message]),
    [
      ['config/unknown-rule', ['rules', 's3/encryption-at-rset'], '3:5', 'unknown rule "s3/encryption-at-rset" in rules: no loaded rule has this id; did you mean "s3/encryption-at-rest"?'],
      ['config/unknown-rule', ['rules', 'totally/else'], '4:5', 'unknown rule "totally/else" in rules: no loaded rule has this id'],
      [
        'config/unknown-rule',
        ['overrides', 0, 'rules', 'iam/no-wildcard-actions'],
        '6:44',
        'unknown rule "iam/no-wildcard-actions" in overrides[0].rules: no loaded rule has this id; did you mean "iam/no-wildcard-action"?',
      ],
    ],
  );
  assert.ok(problems.every((p) => p.file === join(dir, '.cloudseclintrc.json')));
});

test('an id without its area still finds the rule', () => {
  const [problem] = unknownRuleProblems(configOf({ rules: { 'public-read': 'off' } }, null), known);
  assert.match(problem.message, 'did you mean "s3/public-read"?');
});

test('an unknown id from --rule is blamed on the flag', () => {
  const config = mergeRuleFlags(configOf({}, null), ['s3/public-raed=off']).config;
  assert.equal(unknownRuleProblems(config, known), [
    {
      code: 'config/unknown-rule',
      message: 'unknown rule "s3/public-raed" in --rule: no loaded rule has this id; did you mean "s3/public-read"?',
      path: ['--rule', 's3/public-raed'],
      file: null,
    },
  ]);
});

test.run();
