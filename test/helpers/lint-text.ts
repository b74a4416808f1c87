import { dirname } from 'node:path';
import type { Finding } from '../../src/core/finding.ts';
import { adaptCloudFormation } from '../../src/adapters/cloudformation/adapter.ts';
import { adaptIamPolicy } from '../../src/adapters/iam/adapter.ts';
import { kindOf } from '../../src/adapters/kind.ts';
import { adaptTerraform } from '../../src/adapters/terraform/adapter.ts';
import { loadModule } from '../../src/adapters/terraform/load-module.ts';
import type { Rule } from '../../src/engine/rule.ts';
import { runRules, runRulesByFile } from '../../src/engine/run-rules.ts';
import { parseHcl } from '../../src/parse/hcl.ts';
import { loadHclParser } from '../../src/parse/hcl-load.ts';
import { parseDocument } from '../../src/parse/index.ts';

/** Lints one text with the given rules at their default severity, without config or discovery. */
export function lintText(file: string, text: string, rules: Rule[], parameters: Record<string, unknown> = {}): Finding[] {
  const doc = parseDocument(file, text);
  const kind = kindOf(doc.root);
  if (kind === 'unknown') throw new Error(`${file}: not a template or policy (${doc.problems.map((p) => p.message).join('; ')})`);
  const unit = kind === 'iam-policy' ? adaptIamPolicy(doc) : adaptCloudFormation(doc, { parameters });
  return runRules(unit, rules.map((rule) => ({ rule, severity: rule.meta.severity })));
}

/**
 * Lints one Terraform file as a configuration of its own (its folder's other files are not read), through the
 * evaluator and the mapping; returns the findings in that file.
 */
export async function lintTerraformText(file: string, text: string, rules: Rule[]): Promise<Finding[]> {
  await loadHclParser();
  const doc = file.endsWith('.json') ? parseDocument(file, text) : parseHcl(file, text);
  const loaded = await loadModule(dirname(file), [doc]);
  const unit = adaptTerraform(loaded.instances, new Map([doc, ...loaded.documents].map((d) => [d.file, d])), file);
  return runRulesByFile(unit, rules.map((rule) => ({ rule, severity: rule.meta.severity })))
    .filter((f) => f.file === file)
    .map((f) => f.finding);
}
