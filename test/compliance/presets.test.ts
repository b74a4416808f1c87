import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadConfig } from '../../src/config/load.ts';
import type { RuleMeta } from '../../src/core/rule-meta.ts';
import type { Rule } from '../../src/engine/rule.ts';
import { buildRegistry, effectiveSettings, type Registry } from '../../src/pipeline/registry.ts';
import { tempTree } from '../discover/temp-tree.ts';

const meta = (id: string, extra: Partial<RuleMeta> = {}): RuleMeta => ({
  id,
  title: id,
  description: id,
  severity: 'warning',
  category: 'test',
  messages: { m: 'm' },
  ...extra,
});

/** Four built-in rules, one of each kind a preset tells apart, and one user rule. */
function registry(): Registry {
  const metas = [
    meta('a/fsbp-only', { references: { fsbp: ['S3.8'] } }),
    meta('a/cis-only', { references: { cis: ['2.1.4'] }, severity: 'error' }),
    meta('a/both-recommended', { references: { fsbp: ['EC2.19'], cis: ['5.2'] }, recommended: true }),
    meta('a/neither', { references: { wellArchitected: ['SEC08'], fsbp: [] } }),
    meta('user/own'),
  ];
  const rules = new Map<string, Rule>(metas.map((m) => [m.id, { meta: m, create: () => ({}) }]));
  return { rules, metas: new Map(metas.map((m) => [m.id, m])), builtin: new Set(metas.filter((m) => m.id.startsWith('a/')).map((m) => m.id)) };
}

const on = (settings: Map<string, string>) => [...settings].filter(([id, s]) => s !== 'off' && !id.startsWith('parse')).map(([id]) => id).sort();

test('cloudseclint:fsbp turns on the built-in rules that cite an FSBP control, at their default severity', () => {
  const s = effectiveSettings(registry(), ['cloudseclint:fsbp'], {});
  assert.equal(on(s), ['a/both-recommended', 'a/fsbp-only', 'user/own']);
  assert.is(s.get('a/fsbp-only'), 'warning');
});

test('cloudseclint:cis turns on the built-in rules that cite a CIS control', () => {
  const s = effectiveSettings(registry(), ['cloudseclint:cis'], {});
  assert.equal(on(s), ['a/both-recommended', 'a/cis-only', 'user/own']);
  assert.is(s.get('a/cis-only'), 'error');
});

test('presets add up, and explicit settings still win', () => {
  const s = effectiveSettings(registry(), ['cloudseclint:recommended', 'cloudseclint:cis'], { 'a/cis-only': 'off', 'a/neither': 'info' });
  assert.equal(on(s), ['a/both-recommended', 'a/neither', 'user/own']);
  assert.equal(on(effectiveSettings(registry(), ['cloudseclint:all'], {})), ['a/both-recommended', 'a/cis-only', 'a/fsbp-only', 'a/neither', 'user/own']);
});

test('on the built-in rules: fsbp and cis select exactly the rules that cite their controls', () => {
  const { registry: real, problems } = buildRegistry([], []);
  assert.equal(problems, []);
  for (const [preset, key] of [['cloudseclint:fsbp', 'fsbp'], ['cloudseclint:cis', 'cis']] as const) {
    const s = effectiveSettings(real, [preset], {});
    for (const id of real.builtin) {
      const cites = (real.metas.get(id)!.references?.[key]?.length ?? 0) > 0;
      assert.is(s.get(id) !== 'off', cites, `${preset} and ${id}`);
    }
  }
});

test('config: the framework presets are accepted in extends, and a misspelt one is named', () => {
  const ok = loadConfig({ cwd: tempTree({ '.cloudseclintrc.json': '{"extends": ["cloudseclint:recommended", "cloudseclint:fsbp", "cloudseclint:cis"]}' }) });
  assert.equal(ok.problems, []);
  assert.equal(ok.config.extends, ['cloudseclint:recommended', 'cloudseclint:fsbp', 'cloudseclint:cis']);
  const bad = loadConfig({ cwd: tempTree({ '.cloudseclintrc.json': '{"extends": "cloudseclint:fbsp"}' }) });
  assert.is(bad.problems.length, 1);
  assert.match(bad.problems[0].message, /did you mean "cloudseclint:fsbp"\?$/);
});

test.run();
