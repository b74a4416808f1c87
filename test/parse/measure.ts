// Parser throughput on the corpus: node --import tsx test/parse/measure.ts [dir]
import { readFileSync } from 'node:fs';
import { parseTree, visit } from 'jsonc-parser';
import { parseDocument as yamlParseDocument } from 'yaml';
import { parseJson } from '../../src/parse/json.ts';
import { parseYaml, parseYamlWithLibrary } from '../../src/parse/yaml.ts';
import { CORPUS, templateFiles } from './corpus-files.ts';

const texts = templateFiles(process.argv[2] ?? CORPUS).map((f) => readFileSync(f, 'utf8'));
const isJson = (t: string) => /^\uFEFF?\s*[{[]/.test(t);
const json = texts.filter(isJson);
const yaml = texts.filter((t) => !isJson(t));
const megabytes = (a: string[]) => a.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;

// The first pass (code not yet optimised, as in a CLI run) and the warm passes after it.
function bench(name: string, inputs: string[], parse: (t: string) => unknown, reps: number): void {
  const mb = megabytes(inputs);
  let t0 = performance.now();
  for (const t of inputs) parse(t);
  const first = (performance.now() - t0) / 1000;
  t0 = performance.now();
  for (let r = 0; r < reps; r++) for (const t of inputs) parse(t);
  const seconds = (performance.now() - t0) / 1000 / reps;
  const rate = (s: number) => (mb / s).toFixed(1).padStart(6);
  console.log(`${name.padEnd(30)} ${rate(seconds)} MB/s  (first pass ${rate(first)} MB/s; ${inputs.length} files, ${mb.toFixed(2)} MB)`);
}

bench('JSON.parse (reference)', json, (t) => JSON.parse(t), 10);
bench('jsonc-parser parseTree', json, (t) => parseTree(t), 10);
bench('jsonc-parser visit, no-op', json, (t) => visit(t, {}), 10);
bench('parseJson, jsonc-parser path', json, (t) => parseJson('f.json', t, { careful: true }), 10);
bench('parseJson (fast reader)', json, (t) => parseJson('f.json', t), 10);
bench('yaml parseDocument (reference)', yaml, (t) => yamlParseDocument(t, { uniqueKeys: false, merge: true }), 3);
// The library path alone first, so that the fast path's first pass does not warm it up.
bench('parseYaml, yaml library only', yaml, (t) => parseYamlWithLibrary('f.yaml', t), 3);
bench('parseYaml (fast reader)', yaml, (t) => parseYaml('f.yaml', t), 10);
