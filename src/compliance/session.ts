import type { Report } from '../core/finding.ts';
import type { ResolvedConfig } from '../config/types.ts';
import type { DiscoveredFile } from '../discover/file.ts';
import type { Model } from '../model/model.ts';
import type { Hooks } from '../pipeline/hooks.ts';
import type { Registry } from '../pipeline/registry.ts';
import { catalogOf } from './catalogs.ts';
import { disabledRules } from './disabled.ts';
import { evaluateCompliance } from './evaluate.ts';
import { examinedTypes } from './examined-types.ts';
import type { FrameworkName } from './frameworks.ts';
import { implementersOf } from './implementers.ts';
import { inventoryOf } from './inventory.ts';
import { withRulesOn } from './rules-on.ts';
import type { ComplianceReport } from './types.ts';
import type { Rule } from '../engine/rule.ts';
import { explore } from '../model/explore.ts';

export interface ComplianceSession {
  /** The config to lint with (withRulesOn). */
  config: ResolvedConfig;
  /** Judges the framework's controls once the files are linted. */
  finish(report: Report, files: DiscoveredFile[]): ComplianceReport;
}

/**
 * Sets up a compliance run around the ordinary lint: it needs the model (which resources exist) as well as the
 * findings, and taps the model hook after the plugins so it sees what they added.
 */
export function startCompliance(framework: FrameworkName, config: ResolvedConfig, registry: Registry, hooks: Hooks): ComplianceSession {
  const catalog = catalogOf(framework);
  const implementers = implementersOf(registry.metas.values(), framework, catalog);
  const ruleIds = new Set([...implementers.values()].flat());
  const lintConfig = withRulesOn(config, ruleIds, registry.metas);
  // The model flows through the hook in batches (one template at a time, the Terraform of the run together).
  const model: Model = { units: [] };
  hooks.model.tap('cloudseclint:compliance', (m) => {
    model.units.push(...m.units);
    return m;
  });
  return {
    config: lintConfig,
    finish(report, files) {
      const linted = new Set(report.results.map((r) => r.file));
      const absolute = files.filter((f) => linted.has(f.display)).map((f) => f.absolute);
      const disabled = disabledRules(lintConfig, absolute, ruleIds);
      const examined = examinedTypes(config.policies);
      const formats = new Map([...registry.metas.values()].flatMap((m) => (m.formats ? [[m.id, m.formats] as const] : [])));
      const unconfirming = new Set([...registry.metas.values()].filter((m) => m.confirms === false && !confirmedInRun(registry.rules.get(m.id), model)).map((m) => m.id));
      return evaluateCompliance({ framework, catalog, report, inventory: inventoryOf(model), implementers, disabled, examined, formats, unconfirming });
    },
  };
}

/**
 * Whether a unit of the run shows in place what a rule whose silence proves nothing asks for (Rule.confirmedIn),
 * under every reading of its conditions.
 */
function confirmedInRun(rule: Rule | undefined, model: Model): boolean {
  const confirmedIn = rule?.confirmedIn;
  if (!confirmedIn) return false;
  return model.units.some((unit) => {
    const { runs, truncated } = explore((s) => confirmedIn.call(rule, unit, s));
    return !truncated && runs.every((r) => r.result);
  });
}

