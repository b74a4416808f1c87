import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadModule } from '../../src/adapters/terraform/load-module.ts';
import { explore } from '../../src/model/explore.ts';
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

/** Deterministic pseudo-random numbers, so that a failing mutation can be replayed. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

test('mangled files (characters cut, doubled, swapped for brackets and quotes) never throw, in parsing or loading', async () => {
  if (ROOTS.length === 0) return;
  await loadHclParser();
  const files = ROOTS.flatMap(tfFilesUnder).filter((_, i) => i % 7 === 0);
  const next = random(7);
  const junk = ['{', '}', '"', '${', '[', ']', '(', '=', '\n', '<<EOT\n', '%{', '#'];
  for (const f of files) {
    let text = readFileSync(f, 'utf8');
    for (let k = 0; k < 6; k++) {
      const at = Math.floor(next() * text.length);
      const what = next();
      if (what < 0.4) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 20));
      else if (what < 0.7) text = text.slice(0, at) + junk[Math.floor(next() * junk.length)] + text.slice(at);
      else text = text.slice(0, at) + text.slice(at, at + 40) + text.slice(at);
    }
    const doc = parseHcl(f, text);
    const r = await loadModule(dirname(f), [doc]);
    for (const i of r.instances) explore((s) => i.attributes(s));
  }
});

test('pathological configurations end: a long chain of locals, a huge count, a self-referencing count', async () => {
  await loadHclParser();
  const chain = Array.from({ length: 3000 }, (_, i) => `  l${i} = local.l${i + 1}`).join('\n');
  const text = `locals {\n${chain}\n  l3000 = "end"\n}\nresource "aws_x" "a" {\n  v = local.l0\n}\nresource "aws_x" "big" {\n  count = 100000000\n}\nresource "aws_x" "self" {\n  count = length(aws_x.self)\n}\n`;
  const r = await loadModule('/nonexistent', [parseHcl('/nonexistent/main.tf', text)]);
  assert.equal(r.instances.map((i) => i.address), ['aws_x.a', 'aws_x.big', 'aws_x.self']);
  for (const i of r.instances) i.attributes({ choose: () => 0 });
});

function symbols(v: Value): string[] {
  if (v.kind === 'unknown') return [v.symbol];
  if (v.kind === 'list') return v.items.flatMap(symbols);
  if (v.kind === 'object') return [...v.entries.values()].flatMap(symbols);
  return [];
}

test.run();
