// Times, in one process, parsing alone and the whole lint (parse, adapt, evaluate) of the same files, so the
// ratio says what the engine costs on top of the parsers. Prints one JSON line for bench/run.mjs.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config/load.ts';
import { createHooks } from '../src/pipeline/hooks.ts';
import { lintFiles } from '../src/pipeline/lint.ts';
import { buildRegistry } from '../src/pipeline/registry.ts';
import { parseDocument } from '../src/parse/index.ts';
import type { DiscoveredFile } from '../src/discover/file.ts';

const files: DiscoveredFile[] = JSON.parse(readFileSync(0, 'utf8'));
const texts = new Map(files.map((f) => [f.absolute, readFileSync(f.absolute, 'utf8')]));
const best = async (fn: () => unknown | Promise<unknown>, runs = 5) => {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
};
const parseMs = await best(() => {
  for (const f of files) parseDocument(f.display, texts.get(f.absolute)!);
});
const { config } = loadConfig({ cwd: process.cwd(), configPath: process.argv[2] });
const { registry } = buildRegistry(config.policies, []);
let policies = 0;
const lintMs = await best(async () => {
  const report = await lintFiles({ files, skipped: 0, config, registry, hooks: createHooks(), version: 'bench', contents: texts });
  policies = report.results.length;
});
console.log(JSON.stringify({ parseMs, lintMs, files: files.length, linted: policies, rules: registry.rules.size }));
