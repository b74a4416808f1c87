import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mergeRuleFlags } from '../../src/config/merge.ts';
import { printConfig } from '../../src/config/print.ts';
import { configOf } from './config.ts';

test('the effective settings for one file, as JSON', () => {
  const config = mergeRuleFlags(
    configOf({
      rules: { 'b/two': 'warning', 'a/one': 'error' },
      parameters: { Env: 'dev' },
      overrides: [{ files: ['stacks/**'], rules: { 'a/one': 'off' }, parameters: { Env: 'prod' } }, { files: ['other/**'] }],
    }),
    ['c/three=info'],
  ).config;
  const printed = JSON.parse(printConfig(config, 'stacks/app.yaml', '/repo'));
  assert.equal(printed, {
    file: 'stacks/app.yaml',
    configFile: '/repo/.cloudseclintrc.json',
    root: '/repo',
    extends: ['cloudseclint:recommended'],
    rules: { 'a/one': 'off', 'b/two': 'warning', 'c/three': 'info' },
    parameters: { Env: 'prod' },
    matchedOverrides: [{ index: 0, files: ['stacks/**'] }],
    include: config.include,
    exclude: config.exclude,
    policies: [],
    plugins: [],
    maxFileSize: config.maxFileSize,
  });
});

test('the file is resolved against the cwd', () => {
  const config = configOf({ overrides: [{ files: ['stacks/**'], rules: { 'a/one': 'off' } }] });
  assert.is(JSON.parse(printConfig(config, 'app.yaml', '/repo/stacks')).file, 'stacks/app.yaml');
  assert.is(JSON.parse(printConfig(config, '/repo/stacks/app.yaml', '/elsewhere')).rules['a/one'], 'off');
});

test.run();
