import { relativeToRoot } from '../config/relative-to-root.ts';
import { settingsForFile } from '../config/for-file.ts';
import type { ResolvedConfig } from '../config/types.ts';

/**
 * The rules that the config (top level, an override, or a --rule flag) turns off for at least one of the files.
 * `config` is the one from withRulesOn, where every rule of the framework has an explicit setting.
 */
export function disabledRules(config: ResolvedConfig, absoluteFiles: string[], ruleIds: Iterable<string>): Set<string> {
  const ids = [...ruleIds];
  const out = new Set<string>();
  for (const file of absoluteFiles) {
    const { rules } = settingsForFile(config, relativeToRoot(config, file));
    for (const id of ids) if (rules[id] === 'off') out.add(id);
  }
  return out;
}
