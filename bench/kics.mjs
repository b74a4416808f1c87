// KICS queries (CloudFormation and Terraform): how many our rules detect, and why the others are not.
//
// usage: node bench/kics.mjs [--list]      (needs a build: npm run build)
//
// Lints ../shared/corpus/kics with every rule on and scores the report with the shared scorer (see its header: a
// query is detected when one rule matches all its expected lines and fires in none of its negative files). Then
// reads our verdicts on the queries left undetected, bench/kics-verdicts/*.json ({ "platform/query": "why" }, one
// file per area), and counts them by kind: KICS wrong (a fixture that misreads AWS, or that would not deploy), out
// of scope (by design, or code we cannot see, such as registry modules not installed), location (found, but on
// another line of the same block than KICS expects), not done. A query without a verdict is "unexplained".
// --list prints every undetected query with its score, best rule and verdict.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const kics = join(root, '..', 'shared', 'corpus', 'kics');
const list = process.argv.includes('--list');

const tmp = mkdtempSync(join(tmpdir(), 'kics-'));
const config = join(tmp, 'all-rules.json');
const reportFile = join(tmp, 'report.json');
writeFileSync(config, JSON.stringify({ extends: 'cloudseclint:all' }));
const started = performance.now();
const run = spawnSync(process.execPath, [join(root, 'bin', 'cloudseclint.js'), '--format', 'json', '-c', config, '-o', reportFile, kics], { cwd: root, encoding: 'utf8' });
if (run.status === 2) {
  process.stderr.write(run.stderr);
  process.exit(2);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const score = (extra) => spawnSync(process.execPath, [join(root, '..', 'shared', 'tools', 'score-kics.mjs'), '--manifest', join(kics, 'manifest.json'), '--report', reportFile, ...extra], { encoding: 'utf8' }).stdout;
console.log(score([]).split('\n').filter((l) => !l.startsWith('kics:')).join('\n').trimEnd());

const verdictDir = join(root, 'bench', 'kics-verdicts');
const verdicts = new Map();
for (const f of readdirSync(verdictDir).filter((f) => f.endsWith('.json')).sort())
  for (const [q, why] of Object.entries(JSON.parse(readFileSync(join(verdictDir, f), 'utf8')))) verdicts.set(q, why);

// The kind of a verdict is the first kind it names: a partial detection names what is found, then why the rest is not.
const KINDS = [
  ['location', /KICS line|not done \(location\)/i],
  ['KICS wrong', /KICS wrong/i],
  ['out of scope', /out of scope/i],
  ['not done', /not done/i],
];
const kindOf = (why) => {
  let first = ['other', Infinity];
  for (const [kind, re] of KINDS) {
    const at = why.search(re);
    if (at >= 0 && at < first[1]) first = [kind, at];
  }
  return first[0];
};

const rows = JSON.parse(score(['--json'])).queries;
const detected = rows.filter((q) => q.score >= 0.999);
const missed = rows.filter((q) => q.score < 0.999);
const counts = new Map();
for (const q of missed) {
  const why = verdicts.get(`${q.platform}/${q.query}`);
  const kind = why ? kindOf(why) : 'unexplained';
  counts.set(kind, (counts.get(kind) ?? 0) + 1);
  q.kind = kind;
  q.why = why;
}
const pct = (n) => `${((100 * n) / rows.length).toFixed(1)}%`;
if (list) {
  console.log('\nundetected queries, by verdict:');
  for (const q of missed.sort((a, b) => a.kind.localeCompare(b.kind) || a.query.localeCompare(b.query)))
    console.log(`  [${q.kind}] ${q.platform}/${q.query} score=${q.score.toFixed(2)}${q.rule ? ` (${q.rule})` : ''}${q.why ? `\n      ${q.why}` : ''}`);
}
console.log(`\nkics: ${detected.length}/${rows.length} queries detected (${pct(detected.length)}); lint took ${seconds} s`);
console.log(`undetected: ${missed.length}, by verdict: ${[...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n} (${pct(n)})`).join(', ')}`);
const stale = [...verdicts.keys()].filter((k) => detected.some((q) => `${q.platform}/${q.query}` === k));
if (stale.length) console.log(`verdicts on queries the scorer counts as detected (a coincidence, or a stale verdict): ${stale.join(', ')}`);
