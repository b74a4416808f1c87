// Parser throughput on the corpus: node --import tsx test/parse/measure.ts [dir]
import { readFileSync } from 'node:fs';
import { parseTree, visit } from 'jsonc-parser';
import { parseDocument as yamlParseDocument } from 'yaml';
import { parseJson } from '../../src/parse/json.ts';
import { parseYaml } from '../../src/parse/yaml.ts';
import { CORPUS, templateFiles } from './corpus-files.ts';

const texts = templateFiles(process.argv[2] ?? CORPUS).map((f) => readFileSync(f, 'utf8'));
const isJson = (t: string) => /^\uFEFF?\s*[{[]/.test(t);
const json = texts.filter(isJson);
const yaml = texts.filter((t) => !isJson(t));
const megabytes = (a: string[]) => a.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;

function bench(name: string, inputs: string[], parse: (t: string) => unknown, reps: number): void {
  for (const t of inputs) parse(t);
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) for (const t of inputs) parse(t);
  const seconds = (performance.now() - t0) / 1000 / reps;
  const mb = megabytes(inputs);
  console.log(`${name.padEnd(30)} ${(mb / seconds).toFixed(1).padStart(6)} MB/s  (${inputs.length} files, ${mb.toFixed(2)} MB)`);
}

bench('JSON.parse (reference)', json, (t) => JSON.parse(t), 10);
bench('jsonc-parser parseTree', json, (t) => parseTree(t), 10);
bench('jsonc-parser visit, no-op', json, (t) => visit(t, {}), 10);
bench('parseJson, jsonc-parser path', json, (t) => parseJson('f.json', t, { careful: true }), 10);
bench('parseJson (fast reader)', json, (t) => parseJson('f.json', t), 10);
bench('yaml parseDocument (reference)', yaml, (t) => yamlParseDocument(t, { uniqueKeys: false, merge: true }), 3);
bench('parseYaml', yaml, (t) => parseYaml('f.yaml', t), 3);
