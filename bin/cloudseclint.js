#!/usr/bin/env node
'use strict';
// The CLI is one esbuild bundle, dist/cloudseclint.cjs (built by `npm ci` through the prepare script), compiled
// with V8's code cache, dist/cloudseclint.cjs.cache, which the build writes after a training run over examples/.
// With the cache, V8 skips parsing and compiling the bundle's functions: a cold start stays close to bare node.
// A cache from another node or V8 version is rejected by V8 and the bundle is compiled as usual.
// This file is CommonJS (bin/package.json) so that starting the CLI does not load node's ESM loader. It lends the
// bundle its import() (see src/core/dynamic-import.ts): functions restored from a code cache cannot import().
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const file = join(__dirname, '..', 'dist', 'cloudseclint.cjs');
const cacheFile = `${file}.cache`;
const training = process.env.CLOUDSECLINT_WRITE_CODE_CACHE === '1';
let cachedData;
if (!training) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // no cache (a build without its training run): compile as usual
  }
}
let source;
try {
  source = readFileSync(file, 'utf8');
} catch {
  process.stderr.write(`cloudseclint: ${file} is missing: build it with \`npm run build\` (npm ci does, through prepare)\n`);
  process.exit(2);
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __cslDynamicImport) {${source}\n})`, {
  filename: file,
  cachedData,
});
if (training) process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
// For the tests and for anyone wondering why a start is slow: whether V8 took the cache.
if (process.env.CLOUDSECLINT_DEBUG_CODE_CACHE === '1') {
  process.stderr.write(`cloudseclint: code cache ${cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted'}\n`);
}
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, join(__dirname, '..', 'dist'), (specifier) => import(specifier));
bundle.exports
  .main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  })
  .then((code) => {
    process.exitCode = code;
  });
