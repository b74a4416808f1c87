import { SEVERITIES, type RuleSetting } from '../core/severity.ts';
import { closest } from '../core/closest.ts';
import type { ConfigProblem, ResolvedConfig } from './types.ts';

const SETTINGS: readonly string[] = ['off', ...SEVERITIES];

function isSetting(value: string): value is RuleSetting {
  return SETTINGS.includes(value);
}

/**
 * Applies `--rule id=severity` flags (later flags win). They go into `rules`, for code that reads the top level,
 * and into `cliRules`, which settingsForFile applies after overrides.
 */
export function mergeRuleFlags(config: ResolvedConfig, flags: string[]): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const cliRules: Record<string, RuleSetting> = { ...config.cliRules };
  const problems: ConfigProblem[] = [];
  flags.forEach((flag, i) => {
    const eq = flag.indexOf('=');
    const id = flag.slice(0, eq).trim();
    const setting = flag.slice(eq + 1).trim();
    const path = ['--rule', i];
    if (eq < 0 || !id || !setting) {
      problems.push({ code: 'config/bad-rule-flag', message: `--rule ${JSON.stringify(flag)} is not of the form id=severity, e.g. --rule iam/wildcard-action=off`, path, file: null });
    } else if (!isSetting(setting)) {
      const suggestion = closest(setting, SETTINGS);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
      problems.push({ code: 'config/invalid-value', message: `--rule ${id}=${setting}: the severity must be one of ${SETTINGS.join(', ')}${hint}`, path, file: null });
    } else {
      cliRules[id] = setting;
    }
  });
  return { config: { ...config, rules: { ...config.rules, ...cliRules }, cliRules }, problems };
}
