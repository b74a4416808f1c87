// One or more KICS queries, scored alone: for rule work on a single concern.
//
// usage: node bench/kics-query.mjs [--rule ID] PLATFORM/QUERY...     (needs a build: npm run build)
//   e.g. node bench/kics-query.mjs cloudFormation/sqs_with_sse_disabled terraform/sqs_queue_exposed
//
// Lints each query's fixture folder with every rule on, scores it with ../shared/tools/score-kics.mjs against
// a manifest holding only those queries, and prints, for every positive file, the expected lines next to the
// findings of the best rule (or of --rule), and the findings that rule has in the negative files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const kics = join(root, '..', 'shared', 'corpus', 'kics');
const args = process.argv.slice(2);
const ruleAt = args.indexOf('--rule');
const forcedRule = ruleAt >= 0 ? args.splice(ruleAt, 2)[1] : undefined;
if (args.length === 0) {
  console.error('usage: node bench/kics-query.mjs [--rule ID] PLATFORM/QUERY...');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(join(kics, 'manifest.json'), 'utf8'));
const wanted = args.map((a) => {
  const [platform, query] = a.split('/');
  const q = manifest.find((m) => m.platform === platform && m.query === query);
  if (!q) {
    console.error(`kics-query: no query ${a} in the manifest`);
    process.exit(2);
  }
  return q;
});
const tmp = mkdtempSync(join(tmpdir(), 'kics-query-'));
const config = join(tmp, 'all-rules.json');
const reportFile = join(tmp, 'report.json');
writeFileSync(config, JSON.stringify({ extends: 'cloudseclint:all' }));
const run = spawnSync(process.execPath, [join(root, 'bin', 'cloudseclint.js'), '--format', 'json', '-c', config, '-o', reportFile, ...wanted.map((q) => join(kics, q.dir))], { cwd: root, encoding: 'utf8' });
if (run.status === 2) {
  process.stderr.write(run.stderr);
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const realManifest = join(kics, 'manifest.json');
const scored = spawnSync(process.execPath, [join(root, '..', 'shared', 'tools', 'score-kics.mjs'), '--manifest', realManifest, '--report', reportFile, '--json'], { encoding: 'utf8' });
let perQuery = [];
try {
  const parsed = JSON.parse(scored.stdout);
  perQuery = parsed.queries ?? parsed;
} catch {
  process.stderr.write(scored.stdout + scored.stderr);
}
const findingsOf = (file) => report.results.find((r) => r.file.replace(/\\/g, '/').endsWith(file))?.findings ?? [];
for (const q of wanted) {
  const s = Array.isArray(perQuery) ? perQuery.find((p) => p.query === q.query && p.platform === q.platform) : undefined;
  const rule = forcedRule ?? s?.rule ?? undefined;
  const status = !s ? '(not scored)' : s.score >= 0.999 ? 'detected' : s.score > 0 ? 'partial' : 'missed';
  console.log(`\n${q.platform}/${q.query}: ${status} score=${s ? s.score.toFixed(2) : '?'} best=${s?.rule ?? '-'}`);
  console.log(`  ${q.descriptionText}`);
  for (const p of q.positives) {
    const fs = findingsOf(p.file);
    const lines = p.expected.map((e) => e.line).join(', ');
    console.log(`  + ${p.file.split('/').slice(-1)[0]} expects lines ${lines}`);
    for (const f of fs.filter((f) => !rule || f.ruleId === rule)) console.log(`      ${f.location.start.line}-${f.location.end.line} ${f.ruleId} [${f.resource ?? ''}] ${f.message}`);
  }
  for (const n of q.negatives) {
    const fs = findingsOf(n).filter((f) => !rule || f.ruleId === rule);
    console.log(`  - ${n.split('/').slice(-1)[0]}${fs.length ? '' : ': no finding of that rule'}`);
    for (const f of fs) console.log(`      ${f.location.start.line}-${f.location.end.line} ${f.ruleId} [${f.resource ?? ''}] ${f.message}`);
  }
}
