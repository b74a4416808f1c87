import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { matchingOverrides, settingsForFile } from '../../src/config/for-file.ts';
import { mergeRuleFlags } from '../../src/config/merge.ts';
import { configOf } from './config.ts';

const config = configOf({
  rules: { 'a/one': 'error', 'a/two': 'warning' },
  parameters: { Env: 'dev', Size: 1 },
  overrides: [
    { files: ['stacks/**'], rules: { 'a/one': 'warning' }, parameters: { Env: 'staging' } },
    { files: ['stacks/prod/**', '**/*.prod.yaml'], rules: { 'a/one': 'off', 'a/three': 'info' }, parameters: { Env: 'prod' } },
    { files: ['.github/**'], rules: { 'a/two': 'off' } },
  ],
});

test('no override matches: the top-level settings', () => {
  assert.equal(settingsForFile(config, 'other/t.yaml'), { rules: { 'a/one': 'error', 'a/two': 'warning' }, parameters: { Env: 'dev', Size: 1 } });
});

test('matching overrides apply in order, later ones winning', () => {
  assert.equal(settingsForFile(config, 'stacks/dev/t.yaml'), { rules: { 'a/one': 'warning', 'a/two': 'warning' }, parameters: { Env: 'staging', Size: 1 } });
  assert.equal(settingsForFile(config, 'stacks/prod/t.yaml'), {
    rules: { 'a/one': 'off', 'a/two': 'warning', 'a/three': 'info' },
    parameters: { Env: 'prod', Size: 1 },
  });
  assert.equal(matchingOverrides(config, 'stacks/x/app.prod.yaml'), [0, 1]);
});

test('globs match dotfiles and folders', () => {
  assert.equal(settingsForFile(config, '.github/workflows/t.yml').rules['a/two'], 'off');
});

test('--rule flags win over overrides', () => {
  const merged = mergeRuleFlags(config, ['a/one=error']).config;
  assert.is(settingsForFile(merged, 'stacks/prod/t.yaml').rules['a/one'], 'error');
});

test('the config is not changed', () => {
  settingsForFile(config, 'stacks/prod/t.yaml');
  assert.equal(config.rules, { 'a/one': 'error', 'a/two': 'warning' });
  assert.equal(config.parameters, { Env: 'dev', Size: 1 });
});

test.run();
