// npm run bench:parliament: agreement with parliament (duo-labs' IAM linter) on the policies of its own tests,
// ../shared/corpus/parliament/expected_findings.json. Each policy is linted with every rule on, through the same
// pipeline as the CLI; each finding maps to parliament codes through its rule's `references.parliament`. A code
// whose camelCase begins one of the rule's messageIds (notprincipalWithAllow -> NOTPRINCIPAL_WITH_ALLOW) belongs
// to the findings of those messages only; the rule's other codes belong to all its other findings. Each policy
// is named to the pipeline as parliament is given it, one document at a time. A policy agrees when the
// codes equal parliament's expected set exactly. Codes that no rule claims belong to other parts of the work or
// to nothing we do; they are listed apart, and the agreement is given with and without them.
// `--codes A,B` compares only those codes (a part of the work: the catalog and grammar codes, say).
// Run with tsx (the script does): node --import tsx bench/parliament.mjs [--codes A,B] [expected_findings.json]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const codesArg = args.indexOf('--codes');
const only = codesArg >= 0 ? new Set(args.splice(codesArg, 2)[1].split(',')) : undefined;
const corpus = args[0] ?? join(root, '..', 'shared', 'corpus', 'parliament', 'expected_findings.json');
const { loadConfig } = await import('../src/config/load.ts');
const { createHooks } = await import('../src/pipeline/hooks.ts');
const { lintFiles } = await import('../src/pipeline/lint.ts');
const { buildRegistry } = await import('../src/pipeline/registry.ts');

// Engine rules keep their metadata in src/engine/engine-rules.ts, without references: a file that does not
// parse is parliament's MALFORMED_JSON.
const ENGINE_CODES = { 'parse-error': ['MALFORMED_JSON'] };

const { cases } = JSON.parse(readFileSync(corpus, 'utf8'));
const dir = join(tmpdir(), 'cloudseclint-parliament');
mkdirSync(dir, { recursive: true });
const configPath = join(dir, '.cloudseclintrc.json');
writeFileSync(configPath, JSON.stringify({ extends: 'cloudseclint:all' }));
const { config, problems } = loadConfig({ cwd: dir, configPath });
if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('\n'));
const { registry } = buildRegistry(config.policies, []);

const codesOf = new Map(Object.entries(ENGINE_CODES));
for (const [id, meta] of registry.metas) if (meta.references?.parliament?.length) codesOf.set(id, meta.references.parliament);
const claimed = new Set([...codesOf.values()].flat().filter((c) => !only || only.has(c)));
const camel = (code) => code.toLowerCase().replace(/_([a-z])/g, (_, c) => c.toUpperCase());
function mapFinding(f) {
  const codes = codesOf.get(f.ruleId) ?? [];
  const messageIds = Object.keys(registry.metas.get(f.ruleId)?.messages ?? {});
  const spelledBy = (c) => messageIds.filter((m) => m.startsWith(camel(c)));
  const spelled = codes.filter((c) => (f.messageId ?? '').startsWith(camel(c)));
  const general = codes.filter((c) => spelledBy(c).length === 0);
  return (spelled.length > 0 ? spelled : general).filter((c) => !only || only.has(c));
}

const pad = (n) => String(n).padStart(2, '0');
const files = cases.map((c, i) => {
  const absolute = join(dir, `case-${pad(i)}.json`);
  const text = typeof c.policy === 'string' ? c.policy : JSON.stringify(c.policy, null, 2);
  return { absolute, display: basename(absolute), size: text.length, text, explicit: true };
});
const contents = new Map(files.map((f) => [f.absolute, f.text]));
const started = performance.now();
const report = await lintFiles({ files, skipped: 0, config, registry, hooks: createHooks(), version: 'bench', contents });
const ms = performance.now() - started;

const byFile = new Map(report.results.map((r) => [r.file, r]));
const sorted = (s) => [...s].sort();
const same = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
let strict = 0;
let inScope = 0;
const differences = [];
const unclaimedCases = new Map();
cases.forEach((c, i) => {
  const result = byFile.get(files[i].display);
  const findings = result?.findings ?? [];
  const ours = new Set(findings.flatMap(mapFinding));
  const expected = new Set(c.expected_finding_ids.filter((code) => !only || only.has(code)));
  const expectedInScope = new Set([...expected].filter((code) => claimed.has(code)));
  for (const code of expected) if (!claimed.has(code)) unclaimedCases.set(code, [...(unclaimedCases.get(code) ?? []), i]);
  if (same(ours, expected)) strict++;
  if (same(ours, expectedInScope)) inScope++;
  else {
    const missing = sorted([...expectedInScope].filter((x) => !ours.has(x)));
    const extra = sorted([...ours].filter((x) => !expected.has(x)));
    const by = findings.filter((f) => mapFinding(f).some((code) => extra.includes(code))).map((f) => `${f.ruleId} (${f.message})`);
    differences.push({ i, c, result, missing, extra, by });
  }
});

const pct = (n) => `${((100 * n) / cases.length).toFixed(1)}%`;
const label = (i, c) => `#${pad(i)} ${basename(c.file)}:${c.line} ${c.test}`;
console.log(`parliament corpus: ${cases.length} policies (${corpus})`);
console.log(`codes claimed by rules: ${sorted(claimed).join(', ')}`);
console.log('');
console.log(`agreement on the codes rules claim: ${inScope}/${cases.length} = ${pct(inScope)}`);
console.log(`agreement on every code:            ${strict}/${cases.length} = ${pct(strict)}`);
console.log('');
console.log(`differences on claimed codes (${differences.length}):`);
for (const d of differences) {
  console.log(`  ${label(d.i, d.c)}${d.result && d.result.kind === 'unknown' ? ' [not linted as a policy]' : !d.result ? ' [skipped: not recognised as a policy]' : ''}`);
  if (d.missing.length) console.log(`    parliament only: ${d.missing.join(', ')}`);
  if (d.extra.length) console.log(`    cloudseclint only: ${d.extra.join(', ')}`);
  for (const b of d.by) console.log(`      from ${b}`);
}
console.log('');
console.log('per code: policies where parliament expects it / where cloudseclint reports it, and the policies that differ');
const perCode = new Map();
cases.forEach((c, i) => {
  const ours = new Set((byFile.get(files[i].display)?.findings ?? []).flatMap(mapFinding));
  for (const code of new Set([...c.expected_finding_ids.filter((x) => claimed.has(x)), ...ours])) {
    const row = perCode.get(code) ?? { expected: 0, reported: 0, differ: [] };
    const e = c.expected_finding_ids.includes(code);
    row.expected += e ? 1 : 0;
    row.reported += ours.has(code) ? 1 : 0;
    if (e !== ours.has(code)) row.differ.push(`#${pad(i)}`);
    perCode.set(code, row);
  }
});
const rulesOf = (code) => {
  const ids = [...codesOf].filter(([, cs]) => cs.includes(code)).map(([id]) => id);
  return ids.length > 4 ? [...ids.slice(0, 3), `and ${ids.length - 3} more`] : ids;
};
for (const [code, r] of [...perCode].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`  ${code.padEnd(36)} ${String(r.expected).padStart(2)} / ${String(r.reported).padStart(2)}  ${r.differ.join(' ') || 'all agree'}  (${rulesOf(code).join(', ')})`);
}
console.log('');
console.log('codes no rule claims (owned elsewhere, or out of scope), with the policies that expect them:');
for (const [code, is] of [...unclaimedCases].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${code}: ${is.map((i) => `#${pad(i)}`).join(' ')}`);
console.log('');
console.log(`speed: ${cases.length} policies in ${ms.toFixed(0)} ms, ${((cases.length / ms) * 1000).toFixed(0)} policies/s (${registry.rules.size} rules, catalog loaded on demand)`);
