// YAML parse throughput in a fresh process, first pass (code not yet optimised, as in a CLI run) and warm:
//   node --import tsx test/parse/measure-yaml.ts fast|library [dir]
// Run each mode in its own process, several times: the first pass of one mode would otherwise warm the other.
import { parseYaml, parseYamlWithLibrary } from '../../src/parse/yaml.ts';
import { CORPUS } from './corpus-files.ts';
import { yamlFiles } from './yaml-fast-files.ts';

const mode = process.argv[2] === 'library' ? 'library' : 'fast';
const parse = mode === 'library' ? parseYamlWithLibrary : parseYaml;
const texts = yamlFiles(process.argv[3] ?? CORPUS).map((f) => f.text);
const mb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
const pass = () => {
  const t0 = performance.now();
  for (const t of texts) parse('f.yaml', t);
  return (performance.now() - t0) / 1000;
};
const first = pass();
const reps = 10;
let warm = 0;
for (let r = 0; r < reps; r++) warm += pass() / reps;
const rate = (s: number) => (mb / s).toFixed(1).padStart(6);
console.log(`parseYaml, ${mode.padEnd(7)}  first pass ${rate(first)} MB/s  warm ${rate(warm)} MB/s  (${texts.length} files, ${mb.toFixed(2)} MB)`);
