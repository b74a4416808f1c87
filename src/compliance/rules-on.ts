import type { RuleMeta } from '../core/rule-meta.ts';
import type { ResolvedConfig } from '../config/types.ts';

/**
 * The config to lint with for a compliance report: the framework's rules on at their default severity, whatever
 * the presets say, since a report that skipped a rule because `extends` left it out would pass controls nobody
 * checked. A severity the config sets, `off` included, is kept: the report lists those rules as disabled.
 */
export function withRulesOn(config: ResolvedConfig, ruleIds: Iterable<string>, metas: Map<string, RuleMeta>): ResolvedConfig {
  const rules = { ...config.rules };
  for (const id of ruleIds) {
    const meta = metas.get(id);
    if (meta) rules[id] ??= meta.severity;
  }
  return { ...config, rules };
}
