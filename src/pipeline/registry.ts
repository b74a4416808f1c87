import type { Problem } from '../core/problem.ts';
import type { RuleMeta } from '../core/rule-meta.ts';
import { metaProblems } from '../core/rule-meta.ts';
import { BUILTIN_RULES } from '../rules/index.ts';
import type { RuleSetting } from '../core/severity.ts';
import type { ActiveRule } from '../engine/run-rules.ts';
import { ENGINE_RULES } from '../engine/engine-rules.ts';
import type { Rule } from '../engine/rule.ts';
import { loadBuiltinPolicies } from '../policies/builtin.ts';
import { compilePolicy } from '../policies/compile.ts';
import { loadPolicyDir } from '../policies/load.ts';
import type { LoadedPlugin } from '../plugins/types.ts';
import type { Preset } from '../config/types.ts';

export interface Registry {
  /** Rules the engine runs, by id. */
  rules: Map<string, Rule>;
  /** Metadata of every rule id that can appear in a report, engine rules included. */
  metas: Map<string, RuleMeta>;
  /** Ids of the built-in rules: the presets apply to these; the user's own are on unless configured off. */
  builtin: Set<string>;
}

/** Gathers the built-in policies, the user's policy folders and the plugins' rules and policies. */
export function buildRegistry(userPolicyDirs: string[], plugins: LoadedPlugin[]): { registry: Registry; problems: Problem[] } {
  const problems: Problem[] = [];
  const registry: Registry = { rules: new Map(), metas: new Map(ENGINE_RULES.map((m) => [m.id, m])), builtin: new Set() };
  const add = (rule: Rule, origin: string, builtin: boolean) => {
    const prior = registry.metas.get(rule.meta.id);
    if (prior) {
      problems.push({ code: 'rule/duplicate-id', message: `rule id "${rule.meta.id}" from ${origin} is already defined by ${prior.source ?? 'cloudseclint'}`, path: [], file: null });
      return;
    }
    registry.rules.set(rule.meta.id, rule);
    registry.metas.set(rule.meta.id, rule.meta);
    if (builtin) registry.builtin.add(rule.meta.id);
  };
  const builtin = loadBuiltinPolicies();
  problems.push(...builtin.problems);
  for (const p of builtin.policies) add(compilePolicy(p), p.file, true);
  for (const rule of BUILTIN_RULES) {
    const missing = metaProblems(rule.meta);
    if (missing.length > 0) throw new Error(`built-in rule ${rule.meta?.id ?? '?'}: ${missing.join('; ')}`);
    add(rule, `src/rules (${rule.meta.id})`, true);
  }
  for (const dir of [...userPolicyDirs, ...plugins.flatMap((p) => p.policies)]) {
    let loaded;
    try {
      loaded = loadPolicyDir(dir);
    } catch (e) {
      problems.push({ code: 'policy/folder', message: `cannot read policies folder: ${(e as Error).message}`, path: [], file: dir });
      continue;
    }
    problems.push(...loaded.problems);
    for (const p of loaded.policies) add(compilePolicy(p), p.file, false);
  }
  for (const { plugin } of plugins) for (const r of plugin.rules ?? []) add({ ...r, meta: { ...r.meta, source: r.meta.source ?? `plugin ${plugin.meta.name}` } }, `plugin ${plugin.meta.name}`, false);
  return { registry, problems };
}

/** Whether a preset turns a built-in rule on. */
const PRESET_SELECTS: Record<Preset, (meta: RuleMeta) => boolean> = {
  'cloudseclint:all': () => true,
  'cloudseclint:recommended': (meta) => meta.recommended === true,
  'cloudseclint:fsbp': (meta) => (meta.references?.fsbp?.length ?? 0) > 0,
  'cloudseclint:cis': (meta) => (meta.references?.cis?.length ?? 0) > 0,
};

/**
 * The settings of every rule for one file: the presets set built-in rules on at their default severity (a rule is
 * on when any preset selects it); the user's and plugins' rules are on; explicit settings win.
 */
export function effectiveSettings(registry: Registry, presets: Preset[], explicit: Record<string, RuleSetting>): Map<string, RuleSetting> {
  const out = new Map<string, RuleSetting>();
  for (const [id, meta] of registry.metas) {
    const on = !registry.builtin.has(id) || presets.some((p) => PRESET_SELECTS[p](meta)) || ENGINE_RULES.some((e) => e.id === id);
    out.set(id, on ? meta.severity : 'off');
  }
  for (const [id, s] of Object.entries(explicit)) if (registry.metas.has(id)) out.set(id, s);
  return out;
}

export function activeRules(registry: Registry, settings: Map<string, RuleSetting>): ActiveRule[] {
  const out: ActiveRule[] = [];
  for (const [id, rule] of registry.rules) {
    const s = settings.get(id);
    if (s && s !== 'off') out.push({ rule, severity: s });
  }
  return out;
}
