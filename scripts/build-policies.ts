// Validates every built-in policy (schema, resource types, properties, function options) and writes them to
// dist/builtin-policies.json, so that a run reads one JSON file instead of parsing and validating YAML.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem } from '../src/core/problem.ts';
import { packageRoot } from '../src/core/package-root.ts';
import { loadPolicyDir } from '../src/policies/load.ts';

const root = packageRoot();
const { policies, problems } = loadPolicyDir(join(root, 'policies'));
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
mkdirSync(join(root, 'dist'), { recursive: true });
// Without the fix snippets: the rule pages are generated from policies/ (src/docs/generate.ts) and no run reads them.
const out = policies.map((p) => {
  const { examples: _, ...spec } = p.spec;
  return { file: relative(root, p.file), spec };
});
writeFileSync(join(root, 'dist', 'builtin-policies.json'), JSON.stringify(out));
console.log(`build-policies: ${out.length} policies -> dist/builtin-policies.json`);
