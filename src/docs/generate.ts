import { join } from 'node:path';
import { ENGINE_RULES } from '../engine/engine-rules.ts';
import { compilePolicy } from '../policies/compile.ts';
import { loadPolicyDir } from '../policies/load.ts';
import { BUILTIN_RULES } from '../rules/index.ts';
import { rulePage, ruleTable } from './rule-docs.ts';

/** The generated docs of the built-in rules (engine, declarative and TypeScript): the README table and one page per rule. */
export function generateDocs(root: string): { table: string; pages: Map<string, string> } {
  const { policies, problems } = loadPolicyDir(join(root, 'policies'));
  if (problems.length > 0) throw new Error(`policies have problems: ${problems.map((p) => p.message).join('; ')}`);
  const metas = [...ENGINE_RULES, ...policies.map((p) => compilePolicy(p).meta), ...BUILTIN_RULES.map((r) => r.meta)];
  const pages = new Map<string, string>();
  for (const m of ENGINE_RULES) pages.set(`docs/rules/${m.id}.md`, rulePage(m));
  for (const p of policies) pages.set(`docs/rules/${p.spec.id}.md`, rulePage(compilePolicy(p).meta, p.spec.examples));
  for (const r of BUILTIN_RULES) pages.set(`docs/rules/${r.meta.id}.md`, rulePage(r.meta, r.examples, { confirmable: r.confirmedIn !== undefined }));
  return { table: ruleTable(metas), pages };
}
