import type { RuleSetting } from '../core/severity.ts';
import { GlobSet } from '../discover/glob-set.ts';
import type { Override, ResolvedConfig } from './types.ts';

export interface FileSettings {
  rules: Record<string, RuleSetting>;
  parameters: Record<string, unknown>;
}

// Called once per linted file: compile each override's globs once.
const compiled = new WeakMap<Override, GlobSet>();

function globsOf(override: Override): GlobSet {
  let set = compiled.get(override);
  if (!set) compiled.set(override, (set = new GlobSet(override.files)));
  return set;
}

/** Indexes of the overrides that apply to a file, given its path relative to the config's folder. */
export function matchingOverrides(config: ResolvedConfig, pathFromRoot: string): number[] {
  return config.overrides.flatMap((o, i) => (globsOf(o).match(pathFromRoot) ? [i] : []));
}

/**
 * The rule settings and parameters for one file: top level, then each matching override in order, then
 * `--rule` flags. Presets (`extends`) are not expanded here; rules not named anywhere keep their preset setting.
 */
export function settingsForFile(config: ResolvedConfig, pathFromRoot: string): FileSettings {
  const rules = { ...config.rules };
  const parameters = { ...config.parameters };
  for (const i of matchingOverrides(config, pathFromRoot)) {
    Object.assign(rules, config.overrides[i].rules);
    Object.assign(parameters, config.overrides[i].parameters);
  }
  return { rules: Object.assign(rules, config.cliRules), parameters };
}
