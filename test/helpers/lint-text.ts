import type { Finding } from '../../src/core/finding.ts';
import { adaptCloudFormation } from '../../src/adapters/cloudformation/adapter.ts';
import { adaptIamPolicy } from '../../src/adapters/iam/adapter.ts';
import { kindOf } from '../../src/adapters/kind.ts';
import type { Rule } from '../../src/engine/rule.ts';
import { runRules } from '../../src/engine/run-rules.ts';
import { parseDocument } from '../../src/parse/index.ts';

/** Lints one text with the given rules at their default severity, without config or discovery. */
export function lintText(file: string, text: string, rules: Rule[], parameters: Record<string, unknown> = {}): Finding[] {
  const doc = parseDocument(file, text);
  const kind = kindOf(doc.root);
  if (kind === 'unknown') throw new Error(`${file}: not a template or policy (${doc.problems.map((p) => p.message).join('; ')})`);
  const unit = kind === 'iam-policy' ? adaptIamPolicy(doc) : adaptCloudFormation(doc, { parameters });
  return runRules(unit, rules.map((rule) => ({ rule, severity: rule.meta.severity })));
}
