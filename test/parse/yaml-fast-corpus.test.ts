// Differential test of the fast YAML reader: on every YAML template we have, parseYaml (fast path first) must give
// exactly the document the yaml library path gives, and the fast path must take nearly all AWS sample templates.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bomLength, LineIndex } from '../../src/parse/lines.ts';
import { readYamlFastOrThrow } from '../../src/parse/yaml-fast.ts';
import { parseYaml, parseYamlWithLibrary } from '../../src/parse/yaml.ts';
import { fixtureDirs, SHARED_CORPUS, yamlFiles } from './yaml-fast-files.ts';

interface Tally {
  total: number;
  fast: number;
}

function compare(dir: string): Tally {
  const tally = { total: 0, fast: 0 };
  for (const { file, text } of yamlFiles(dir)) {
    tally.total++;
    const base = bomLength(text);
    // Throws on a bug in the reader, where parseYaml would silently fall back.
    if (readYamlFastOrThrow(base ? text.slice(base) : text, new LineIndex(text), base)) tally.fast++;
    const fast = parseYaml(file, text);
    const library = parseYamlWithLibrary(file, text);
    if (!isDeepStrictEqual(fast, library)) assert.equal(fast, library, `${relative(dir, file)}: fast path differs`);
  }
  return tally;
}

const corpora = existsSync(SHARED_CORPUS)
  ? readdirSync(SHARED_CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)
  : [];

for (const name of corpora) {
  test(`fast YAML reader = library on corpus ${name}`, () => {
    const { total, fast } = compare(join(SHARED_CORPUS, name));
    console.log(`  ${name}: ${fast}/${total} YAML files on the fast path`);
    // The speed-up is real only if the fast path takes nearly every template.
    if (name === 'aws-cloudformation-templates') assert.ok(fast >= 0.9 * total, `only ${fast}/${total} fast`);
  });
}

test('fast YAML reader = library on the repository fixtures', () => {
  let total = 0;
  let fast = 0;
  for (const dir of fixtureDirs()) {
    const t = compare(dir);
    total += t.total;
    fast += t.fast;
  }
  console.log(`  fixtures: ${fast}/${total} YAML files on the fast path`);
  assert.ok(total > 100 && fast >= 0.9 * total, `only ${fast}/${total} fast`);
});

test.run();
