// Agreement with checkov's test expectations (Terraform and CloudFormation), for the checks our rules cover.
//
// usage: node bench/checkov.mjs [--list]      (needs a build: npm run build)
//
// ../shared/corpus/checkov/expected_from_tests.json lists, per checkov check, the resources of its test
// fixtures that pass and fail. A rule covers a check when its metadata cites it (references.checkov). Each
// fixture folder is linted as one Terraform configuration with every rule on; a resource agrees when a covering
// rule reports it (`resource` is the address) exactly when checkov fails it. Checks whose concern differs from
// ours are listed with their disagreements, not bent to match: checkov's CKV_AWS_19 accepts AES256, for one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = join(root, '..', 'shared', 'corpus', 'checkov');
const list = process.argv.includes('--list');

const metas = JSON.parse(
  spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', "import { buildRegistry } from './src/pipeline/registry.ts'; const { registry } = buildRegistry([], []); console.log(JSON.stringify([...registry.metas.values()].map((m) => [m.id, m.references?.checkov ?? []])))"], { cwd: root, encoding: 'utf8' }).stdout,
);
const rulesOf = new Map();
for (const [id, checks] of metas) for (const c of checks) rulesOf.set(c, [...(rulesOf.get(c) ?? []), id]);

const cases = JSON.parse(readFileSync(join(corpus, 'expected_from_tests.json'), 'utf8')).cases.filter(
  (c) => (c.framework === 'terraform' || c.framework === 'cloudformation') && rulesOf.has(c.check_id) && Array.isArray(c.passing) && Array.isArray(c.failing),
);
const dirs = [...new Set(cases.map((c) => c.fixture_dir))];
const config = join(mkdtempSync(join(tmpdir(), 'checkov-')), 'all-rules.json');
writeFileSync(config, JSON.stringify({ extends: 'cloudseclint:all' }));
const run = spawnSync(process.execPath, [join(root, 'bin', 'cloudseclint.js'), '--format', 'json', '-c', config, ...dirs.map((d) => join(corpus, d))], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
if (run.status === 2) {
  process.stderr.write(run.stderr);
  process.exit(2);
}
const report = JSON.parse(run.stdout);
const findingsIn = (dir) => report.results.filter((r) => relative(join(corpus, dir), resolve(root, r.file)).split(sep)[0] !== '..').flatMap((r) => r.findings.filter((f) => !f.suppressed));

let agreed = 0;
let total = 0;
for (const c of cases) {
  const rules = rulesOf.get(c.check_id);
  const found = findingsIn(c.fixture_dir).filter((f) => rules.includes(f.ruleId));
  // checkov names a CloudFormation resource `AWS::S3::Bucket.Logical`; ours is the logical id.
  const idOf = (name) => (c.framework === 'cloudformation' ? name.slice(name.lastIndexOf('.') + 1) : name);
  const reported = (name) => found.some((f) => f.resource === idOf(name) || f.resource?.startsWith(idOf(name) + '['));
  const wrong = [...c.passing.filter((a) => reported(a)).map((a) => `we report ${a}, checkov passes it`), ...c.failing.filter((a) => !reported(a)).map((a) => `we pass ${a}, checkov fails it`)];
  const n = c.passing.length + c.failing.length;
  agreed += n - wrong.length;
  total += n;
  console.log(`${c.check_id.padEnd(12)} ${c.framework === 'terraform' ? 'tf ' : 'cfn'} ${String(n - wrong.length).padStart(3)}/${String(n).padEnd(3)} ${rules.join(', ')}  (${c.check_name})`);
  if (list) for (const w of wrong) console.log(`    ${w}`);
}
console.log(`checkov: ${agreed}/${total} resources agree (${((100 * agreed) / Math.max(1, total)).toFixed(1)}%) over ${cases.length} checks our rules cite`);
