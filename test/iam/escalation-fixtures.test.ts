import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ESCALATION_METHODS } from '../../src/iam/escalation-methods.ts';
import { FIXTURES_ROOT, fixturesOf } from './escalation-fixtures.ts';

// The routine fixtures are generated from the table; after changing it, regenerate them on purpose with
// `node --import tsx test/iam/escalation-fixtures.ts` and read the diff.
for (const m of ESCALATION_METHODS) {
  test(`${m.id}: generated fixtures are up to date`, () => {
    for (const [name, text] of fixturesOf(m)) {
      const file = join(FIXTURES_ROOT, m.id, name);
      assert.ok(existsSync(file), `missing ${file}`);
      const onDisk = readFileSync(file, 'utf8');
      if (name === 'expect.json') {
        const all = JSON.parse(onDisk) as Record<string, number[]>;
        for (const [k, v] of Object.entries(JSON.parse(text) as Record<string, number[]>)) assert.equal(all[k], v, `${m.id}/expect.json: ${k}`);
      } else assert.fixture(onDisk, text);
    }
  });
}

test.run();
