// npm run bench: speed of cloudseclint on the AWS sample templates, as ratios against baselines measured in
// the same run: (a) parsing alone with the same parsers, (b) cfn-lint on the same files, (c) bare `node -e ''`
// for a one-file cold start. Needs a build (npm ci or npm run build); cfn-lint is optional.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = process.argv[2] ?? join(root, '..', 'shared', 'corpus', 'aws-cloudformation-templates');
const bin = join(root, 'bin', 'cloudseclint.js');
const config = join(root, 'bench', 'all-rules.json');
writeFileSync(config, JSON.stringify({ extends: 'cloudseclint:all' }));

const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.(json|ya?ml|template)$/.test(e.name) ? [join(dir, e.name)] : []));
const paths = walk(corpus).sort();
const files = paths.map((p) => ({ absolute: p, display: relative(root, p), size: statSync(p).size }));
const bytes = files.reduce((n, f) => n + f.size, 0);
const time = (cmd, args, opts = {}) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, r };
};
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => x.toFixed(1);

console.log(`corpus: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB (${corpus})`);

// (a) in-process: parse only vs full lint, best of 5
const inproc = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'in-process.ts'), config], { input: JSON.stringify(files), encoding: 'utf8', cwd: root });
if (inproc.status !== 0) throw new Error(inproc.stderr);
const ip = JSON.parse(inproc.stdout.trim().split('\n').pop());
console.log(`parse only:        ${fmt(ip.parseMs)} ms  (${fmt(bytes / 1e3 / ip.parseMs)} MB/s)`);
console.log(`lint, in process:  ${fmt(ip.lintMs)} ms  (${fmt((files.length / ip.lintMs) * 1000)} files/s, ${fmt(bytes / 1e3 / ip.lintMs)} MB/s, ${ip.rules} rules)`);
console.log(`  ratio lint / parse only: ${(ip.lintMs / ip.parseMs).toFixed(2)}x`);

// the CLI over the whole corpus, wall clock, median of 3
const cli = median([0, 1, 2].map(() => time(process.execPath, [bin, '-c', config, '--format', 'json', corpus]).ms));
console.log(`CLI whole corpus:  ${fmt(cli)} ms  (${fmt((files.length / cli) * 1000)} files/s, ${fmt(bytes / 1e3 / cli)} MB/s)`);

// The same with only the first policy set of issue 2 on (IAM wildcards and public principals, KMS encryption at
// rest, public ingress; bench/first-policy-set.json) and the engine's own rules, to tell the engine from the library.
const firstSet = median([0, 1, 2].map(() => time(process.execPath, [bin, '-c', join(root, 'bench', 'first-policy-set.json'), '--format', 'json', corpus]).ms));
console.log(`CLI, first policy set only: ${fmt(firstSet)} ms`);

// (b) cfn-lint on the same files
const which = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
if (which.status === 0) {
  const cfn = time('cfn-lint', ['--format', 'parseable', '--', ...paths]);
  console.log(`cfn-lint ${which.stdout.trim().replace(/^cfn-lint /, '')}: ${fmt(cfn.ms)} ms  -> cloudseclint is ${(cfn.ms / cli).toFixed(1)}x faster (${(cfn.ms / firstSet).toFixed(1)}x with the first policy set only)`);
} else console.log('cfn-lint: not installed, skipped');

// (c) one-file cold start against bare node, median of 15
const one = join(root, 'examples', 'insecure', 'web-app.yaml');
const bare = median(Array.from({ length: 15 }, () => time(process.execPath, ['-e', '']).ms));
const cold = median(Array.from({ length: 15 }, () => time(process.execPath, [bin, '-c', config, one]).ms));
console.log(`cold start, one file: ${fmt(cold)} ms vs node -e '' ${fmt(bare)} ms -> ${(cold / bare).toFixed(2)}x bare node`);
