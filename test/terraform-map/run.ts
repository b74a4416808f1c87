import { adaptTerraform } from '../../src/adapters/terraform/adapter.ts';
import type { TfInstance } from '../../src/adapters/terraform/instance.ts';
import type { Finding } from '../../src/core/finding.ts';
import { runRules } from '../../src/engine/run-rules.ts';
import type { Unit } from '../../src/model/model.ts';
import type { Value } from '../../src/model/value.ts';
import { compilePolicy } from '../../src/policies/compile.ts';
import { loadPolicyDir } from '../../src/policies/load.ts';
import { BUILTIN_RULES } from '../../src/rules/index.ts';
import { join } from 'node:path';
import { tfJson } from './instances.ts';

const policies = [...loadPolicyDir(join(import.meta.dirname, '..', '..', 'policies')).policies.map(compilePolicy), ...BUILTIN_RULES];

export function unitOf(text: string, file = 'main.tf.json'): { unit: Unit; instances: TfInstance[] } {
  const { instances, doc } = tfJson(file, text);
  return { unit: adaptTerraform(instances, new Map([[file, doc]]), '.'), instances };
}

/** Findings of one built-in policy or rule on a .tf.json text, as `line: resource` strings. */
export function findings(ruleId: string, text: string): string[] {
  const rule = policies.find((p) => p.meta.id === ruleId);
  if (!rule) throw new Error(`no policy ${ruleId}`);
  const { unit } = unitOf(text);
  return runRules(unit, [{ rule, severity: rule.meta.severity }]).map((f: Finding) => `${f.location.start.line}: ${f.resource}`);
}

/** Plain JS of a value, unknown parts shown as `?symbol`, to compare mapped properties at a glance. */
export function shown(v: Value): unknown {
  if (v.kind === 'scalar') return v.value;
  if (v.kind === 'unknown') return `?${v.symbol}`;
  if (v.kind === 'list') return v.items.map(shown);
  return Object.fromEntries([...v.entries].map(([k, i]) => [k, shown(i)]));
}
