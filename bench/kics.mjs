// KICS Terraform queries: how many our rules detect, with ../shared/tools/score-kics.mjs.
//
// usage: node bench/kics.mjs [--list]      (needs a build: npm run build)
//
// Lints ../shared/corpus/kics/terraform with every rule on and scores the report with the shared scorer (see
// its header: a query is detected when one rule matches all its expected lines and fires in none of its
// negative files). Prints the scorer's table for all Terraform queries, then the queries of the concerns our
// rules cover: those a rule cites by name in references.kics, and those listed in CONCERNS below.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const kics = join(root, '..', 'shared', 'corpus', 'kics');
const list = process.argv.includes('--list');

// Terraform queries on a concern a rule of ours covers, though its references name the CloudFormation query:
// the bench's judgment, kept here so that the policies' references stay what their authors cite.
const CONCERNS = {
  db_instance_storage_not_encrypted: 'rds/encryption-at-rest',
  dynamodb_table_not_encrypted: 'dynamodb/encryption-at-rest',
  kinesis_not_encrypted_with_kms: 'kinesis/encryption-at-rest',
  sns_topic_not_encrypted: 'sns/encryption-at-rest',
  remote_desktop_port_open_to_internet: 'ec2/no-public-ingress-admin-ports',
  sensitive_port_is_exposed_to_entire_network: 'ec2/no-public-ingress-admin-ports, ec2/no-public-ingress-database-ports',
  iam_policies_with_full_privileges: 'iam/no-wildcard-action',
  sso_policy_with_full_priveleges: 'iam/no-wildcard-action',
  iam_role_policy_passrole_allows_all: 'iam/no-write-on-all-resources',
  sqs_queue_exposed: 'iam/public-resource-policy',
  s3_bucket_allows_list_action_from_all_principals: 'iam/public-read-access',
};

// Terraform queries that share a name our rules cite, on another concern: left out of our figure, and said why.
const ELSEWHERE = {
  kinesis_sse_not_configured: 'about Kinesis Firehose delivery streams, not data streams; no rule covers Firehose yet',
};

const tmp = mkdtempSync(join(tmpdir(), 'kics-'));
const config = join(tmp, 'all-rules.json');
const reportFile = join(tmp, 'report.json');
writeFileSync(config, JSON.stringify({ extends: 'cloudseclint:all' }));
const started = performance.now();
const run = spawnSync(process.execPath, [join(root, 'bin', 'cloudseclint.js'), '--format', 'json', '-c', config, '-o', reportFile, join(kics, 'terraform')], { cwd: root, encoding: 'utf8' });
if (run.status === 2) {
  process.stderr.write(run.stderr);
  process.exit(2);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const score = (extra) => spawnSync(process.execPath, [join(root, '..', 'shared', 'tools', 'score-kics.mjs'), '--manifest', join(kics, 'manifest.json'), '--report', reportFile, ...extra], { encoding: 'utf8' });
const table = score(list ? ['--list'] : []).stdout;
console.log(table.split('\n').filter((l) => /^(platform|terraform)|^kics:|^missed terraform/.test(l)).join('\n'));

const metas = JSON.parse(
  spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', "import { buildRegistry } from './src/pipeline/registry.ts'; const { registry } = buildRegistry([], []); console.log(JSON.stringify([...registry.metas.values()].flatMap((m) => m.references?.kics ?? [])))"], { cwd: root, encoding: 'utf8' }).stdout,
);
const cited = new Set(metas);
const manifest = JSON.parse(readFileSync(join(kics, 'manifest.json'), 'utf8'));
const ours = new Set(manifest.filter((q) => q.platform === 'terraform' && !(q.query in ELSEWHERE) && (cited.has(q.queryName) || q.query in CONCERNS)).map((q) => q.query));
const rows = JSON.parse(score(['--json']).stdout).queries.filter((q) => q.platform === 'terraform' && ours.has(q.query));
console.log(`\nqueries on concerns our rules cover (${rows.length}):`);
for (const q of rows.sort((a, b) => a.query.localeCompare(b.query))) console.log(`  ${q.score >= 0.999 ? 'detected' : q.score > 0 ? 'partial ' : 'missed  '} ${q.score.toFixed(2)} ${q.query}${q.rule ? ` (${q.rule})` : ''}`);
for (const [q, why] of Object.entries(ELSEWHERE)) console.log(`  left out         ${q}: ${why}`);
const detected = rows.filter((q) => q.score >= 0.999).length;
console.log(`kics terraform, our concerns: ${detected}/${rows.length} detected (${((100 * detected) / Math.max(1, rows.length)).toFixed(1)}%); lint took ${seconds} s`);
