// Agreement with cfn_nag's own spec expectations, for the cfn_nag rules our rules cover.
//
// usage: node bench/cfn-nag.mjs [--list]      (needs a build: npm run build)
//
// ../shared/corpus/cfn_nag/expected_from_specs.json lists, per cfn_nag rule spec, a template and the logical ids
// the rule must report on it ("unit" cases). A rule of ours covers a cfn_nag rule when its metadata cites it
// (references.cfnNag). A case agrees when the covering rules report exactly the expected logical ids on its
// template. Disagreements are listed, not bent to match: cfn_nag's expectations are its authors' opinion.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = join(root, '..', 'shared', 'corpus', 'cfn_nag');
const list = process.argv.includes('--list');

const metas = JSON.parse(
  spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', "import { buildRegistry } from './src/pipeline/registry.ts'; const { registry } = buildRegistry([], []); console.log(JSON.stringify([...registry.metas.values()].map((m) => [m.id, m.references?.cfnNag ?? []])))"], { cwd: root, encoding: 'utf8' }).stdout,
);
const rulesOf = new Map();
for (const [id, nagIds] of metas) for (const n of nagIds) rulesOf.set(n, [...(rulesOf.get(n) ?? []), id]);

const templateOf = (t) => join(corpus, 'test_templates', t.replace(/^spec\/test_templates\//, ''));
const cases = JSON.parse(readFileSync(join(corpus, 'expected_from_specs.json'), 'utf8')).cases.filter((c) => c.kind === 'unit' && c.exists && rulesOf.has(c.rule_id));
const templates = [...new Set(cases.map((c) => templateOf(c.template)))];
const config = join(mkdtempSync(join(tmpdir(), 'cfn-nag-')), 'all-rules.json');
writeFileSync(config, JSON.stringify({ extends: 'cloudseclint:all' }));
const run = spawnSync(process.execPath, [join(root, 'bin', 'cloudseclint.js'), '--format', 'json', '-c', config, ...templates], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
if (run.status === 2) {
  process.stderr.write(run.stderr);
  process.exit(2);
}
const byFile = new Map(JSON.parse(run.stdout).results.map((r) => [resolve(root, r.file), r.findings.filter((f) => !f.suppressed)]));

const perRule = new Map();
let agreed = 0;
for (const c of cases) {
  const rules = rulesOf.get(c.rule_id);
  const ours = new Set((byFile.get(templateOf(c.template)) ?? []).filter((f) => rules.includes(f.ruleId) && f.resource).map((f) => f.resource));
  const expected = new Set(c.expected_logical_resource_ids);
  const ok = ours.size === expected.size && [...ours].every((id) => expected.has(id));
  const row = perRule.get(c.rule_id) ?? { agreed: 0, total: 0, rules, differences: [] };
  row.total++;
  if (ok) {
    row.agreed++;
    agreed++;
  } else row.differences.push(`${c.template.replace(/^spec\/test_templates\//, '')}: expected [${[...expected].join(', ')}], we report [${[...ours].join(', ')}]`);
  perRule.set(c.rule_id, row);
}
for (const [id, r] of [...perRule].sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }))) {
  console.log(`${id.padEnd(5)} ${String(r.agreed).padStart(3)}/${String(r.total).padEnd(3)} ${r.rules.join(', ')}`);
  if (list) for (const d of r.differences) console.log(`    ${d}`);
}
console.log(`cfn_nag: ${agreed}/${cases.length} spec cases agree (${((100 * agreed) / Math.max(1, cases.length)).toFixed(1)}%) over ${perRule.size} cfn_nag rules our rules cite`);
