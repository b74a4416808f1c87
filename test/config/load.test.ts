import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ALWAYS_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE } from '../../src/config/defaults.ts';
import { loadConfig } from '../../src/config/load.ts';
import type { ConfigProblem } from '../../src/config/types.ts';
import { tempTree } from '../discover/temp-tree.ts';

function load(text: string) {
  const dir = tempTree({ '.cloudseclintrc.json': text });
  return { dir, ...loadConfig({ cwd: dir }) };
}

/** code, path, line:column and message of each problem, for compact assertions. */
function brief(problems: ConfigProblem[]) {
  return problems.map((p) => ({ code: p.code, path: p.path, at: `${p.line}:${p.column}`, message: p.message }));
}

test('no config file: defaults for the cwd', () => {
  const dir = tempTree();
  // Guard against a stray config in a folder above the temp folder.
  const { config, problems } = loadConfig({ cwd: dir });
  if (config.file !== null) return;
  assert.equal(problems, []);
  assert.equal(config, {
    file: null,
    root: dir,
    extends: ['cloudseclint:recommended'],
    rules: {},
    include: [...DEFAULT_INCLUDE],
    exclude: [...ALWAYS_EXCLUDE],
    policies: [],
    plugins: [],
    parameters: {},
    overrides: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
  });
});

test('found by walking up; paths resolved against the config folder; excludes added to the built-in ones', () => {
  const dir = tempTree({
    '.cloudseclintrc.json': JSON.stringify({
      extends: 'cloudseclint:all',
      include: ['**/*.yaml'],
      exclude: ['legacy/**'],
      policies: ['policies'],
      plugins: ['cloudseclint-plugin-acme', '@acme/cloudseclint-plugin', './local/plugin.js', '../shared/plugin.js'],
      rules: { 'iam/no-wildcard-action': 'off' },
      parameters: { Env: 'prod', Subnets: ['a', 'b'] },
      maxFileSize: 1000,
    }),
    'policies/p.yaml': '',
    'stacks/deep/t.yaml': '',
  });
  const { config, problems } = loadConfig({ cwd: join(dir, 'stacks/deep') });
  assert.equal(problems, []);
  assert.is(config.file, join(dir, '.cloudseclintrc.json'));
  assert.is(config.root, dir);
  assert.equal(config.extends, ['cloudseclint:all']);
  assert.equal(config.include, ['**/*.yaml']);
  assert.equal(config.exclude, [...ALWAYS_EXCLUDE, 'legacy/**']);
  assert.equal(config.policies, [join(dir, 'policies')]);
  assert.equal(config.plugins, ['cloudseclint-plugin-acme', '@acme/cloudseclint-plugin', join(dir, 'local/plugin.js'), join(dir, '../shared/plugin.js')]);
  assert.equal(config.rules, { 'iam/no-wildcard-action': 'off' });
  assert.equal(config.parameters, { Env: 'prod', Subnets: ['a', 'b'] });
  assert.is(config.maxFileSize, 1000);
});

test('extends defaults to recommended only when not set; [] means no preset', () => {
  assert.equal(load('{"rules": {}}').config.extends, ['cloudseclint:recommended']);
  assert.equal(load('{"extends": []}').config.extends, []);
});

test('unknown key: error at the key itself, with a suggestion or the allowed keys', () => {
  const { problems } = load('{\n  "rule": {},\n  "overrides": [{ "files": ["a"], "severity": {} }]\n}');
  assert.equal(brief(problems), [
    { code: 'config/unknown-key', path: ['rule'], at: '2:3', message: 'unknown key "rule" at the top level; did you mean "rules"?' },
    {
      code: 'config/unknown-key',
      path: ['overrides', 0, 'severity'],
      at: '3:35',
      message: 'unknown key "severity" in overrides[0]; allowed keys are files, rules, parameters',
    },
  ]);
});

test('bad severity: says what is allowed', () => {
  const { problems, config, dir } = load('{\n  "rules": {\n    "iam/no-wildcard-action": "warn"\n  }\n}');
  assert.equal(brief(problems), [
    {
      code: 'config/invalid-value',
      path: ['rules', 'iam/no-wildcard-action'],
      at: '3:5',
      message: 'rules["iam/no-wildcard-action"] must be "off", "info", "warning" or "error" (got "warn"); did you mean "warning"?',
    },
  ]);
  assert.is(problems[0].file, join(dir, '.cloudseclintrc.json'));
  // A config that does not validate is not half-applied.
  assert.equal(config.rules, {});
});

test('invalid JSON: one problem with the line', () => {
  const { problems } = load('{\n  "rules": {\n    "a/b": "off",\n  }\n}');
  assert.is(problems.length, 1);
  assert.is(problems[0].code, 'config/invalid-json');
  assert.is(problems[0].line, 4);
  assert.match(problems[0].message, /^invalid JSON at line 4, column 3: /);
  assert.is(load('').problems[0].code, 'config/invalid-json');
  assert.is(load('{ // no comments\n}').problems[0].line, 1);
});

test('duplicate key: an error, since the second would silently replace the first', () => {
  const { problems } = load('{\n  "rules": {"a/b": "off"},\n  "rules": {}\n}');
  assert.equal(brief(problems).map((p) => [p.code, p.path, p.at]), [['config/duplicate-key', ['rules'], '3:3']]);
});

test('wrong types, including anyOf values, give one message each', () => {
  assert.equal(brief(load('{"extends": 3}').problems).map((p) => p.message), ['extends must be a string or an array of strings (got 3)']);
  assert.equal(brief(load('{"extends": ["cloudseclint:recommended", "cloudseclint:al"]}').problems), [
    {
      code: 'config/invalid-value',
      path: ['extends', 1],
      at: '1:42',
      message: 'extends[1] must be "cloudseclint:recommended", "cloudseclint:all", "cloudseclint:fsbp" or "cloudseclint:cis" (got "cloudseclint:al"); did you mean "cloudseclint:all"?',
    },
  ]);
  assert.equal(brief(load('{"parameters": {"Env": {"a": 1}}}').problems).map((p) => [p.path, p.message]), [
    [['parameters', 'Env'], 'parameters.Env must be a string, a number, a boolean or an array of strings (got an object)'],
  ]);
  assert.equal(brief(load('{"maxFileSize": 1.5}').problems).map((p) => p.message), ['maxFileSize must be an integer (got 1.5)']);
  assert.equal(brief(load('[]').problems).map((p) => p.message), ['the config must be an object (got an array)']);
});

test('overrides: files is required and not empty', () => {
  assert.equal(brief(load('{"overrides": [{"rules": {}}]}').problems).map((p) => [p.code, p.path, p.message]), [
    ['config/missing-key', ['overrides', 0, 'files'], 'overrides[0] is missing the required key "files"'],
  ]);
  assert.equal(brief(load('{"overrides": [{"files": []}]}').problems).map((p) => p.message), ['overrides[0].files must not be empty']);
});

test('a policies folder that does not exist is a problem', () => {
  const { problems, dir } = load('{"policies": ["policies", "missing"]}');
  mkdirSync(join(dir, 'policies'));
  const again = loadConfig({ cwd: dir }).problems;
  assert.is(problems.length, 2);
  assert.equal(brief(again).map((p) => [p.code, p.path, p.at]), [['config/missing-folder', ['policies', 1], '1:27']]);
});

test('-c: a given file is used, a missing one is a problem', () => {
  const dir = tempTree({ 'custom.json': '{"extends": "cloudseclint:all"}' });
  assert.equal(loadConfig({ cwd: dir, configPath: 'custom.json' }).config.extends, ['cloudseclint:all']);
  assert.equal(loadConfig({ cwd: dir, configPath: 'nope.json' }).problems.map((p) => p.code), ['config/not-found']);
});

test('a BOM does not shift columns', () => {
  assert.equal(brief(load('\uFEFF{"rulez": {}}').problems).map((p) => p.at), ['1:2']);
});

test.run();
