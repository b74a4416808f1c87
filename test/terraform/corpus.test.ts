import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadModule } from '../../src/adapters/terraform/load-module.ts';
import { explore } from '../../src/engine/explore.ts';
import type { Value } from '../../src/model/value.ts';
import type { SourceDocument } from '../../src/parse/document.ts';
import { loadHclParser, parseHcl } from '../../src/parse/hcl.ts';

const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const ROOTS = ['kics', 'checkov'].map((d) => join(CORPUS, d)).filter(existsSync);

function tfFilesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.tf')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

test('every .tf file of the kics and checkov corpora parses without throwing, and every folder loads and evaluates', async () => {
  if (ROOTS.length === 0) return;
  await loadHclParser();
  const files = ROOTS.flatMap(tfFilesUnder);
  assert.ok(files.length > 1000, `corpus found: ${files.length} files`);
  const byDir = new Map<string, SourceDocument[]>();
  let errors = 0;
  for (const f of files) {
    const doc = parseHcl(f, readFileSync(f, 'utf8'));
    assert.ok(doc.root, f);
    if (doc.problems.some((p) => p.ruleId === 'parse-error')) errors++;
    const list = byDir.get(dirname(f)) ?? [];
    list.push(doc);
    byDir.set(dirname(f), list);
  }
  assert.is(errors, 0, 'the corpus is valid HCL');
  let instances = 0;
  const started = Date.now();
  for (const [dir, docs] of byDir) {
    const r = await loadModule(dir, docs);
    for (const i of r.instances) {
      const { runs } = explore((s) => i.attributes(s));
      for (const run of runs) assert.not.match(JSON.stringify(symbols(run.result)), /could not be evaluated/, i.address);
      void i.references;
      instances++;
    }
  }
  assert.ok(instances > 3000, `instances evaluated: ${instances}`);
  assert.ok(Date.now() - started < 60_000, 'no folder takes long');
});

function symbols(v: Value): string[] {
  if (v.kind === 'unknown') return [v.symbol];
  if (v.kind === 'list') return v.items.flatMap(symbols);
  if (v.kind === 'object') return [...v.entries.values()].flatMap(symbols);
  return [];
}

test.run();
