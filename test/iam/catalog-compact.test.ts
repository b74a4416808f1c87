import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compactActions, type RawAction } from '../../src/iam/catalog.ts';
import { catalogDataDir } from '../../src/iam/catalog-data.ts';

const root = join(import.meta.dirname, '..', '..');
const raw = join(catalogDataDir(), 'actions');
const compact = join(root, 'dist', 'iam-actions');

test('the build writes every service of the catalog in compact form, with the same actions the rules read', () => {
  const services = readdirSync(raw).filter((f) => f.endsWith('.json'));
  assert.equal(readdirSync(compact).sort(), services.sort());
  let actions = 0;
  for (const file of services) {
    const expected = compactActions(JSON.parse(readFileSync(join(raw, file), 'utf8')) as Record<string, RawAction>);
    assert.equal(JSON.parse(readFileSync(join(compact, file), 'utf8')), expected, file);
    actions += expected.length;
  }
  assert.ok(actions > 15000, `only ${actions} actions`);
});

test('compact actions: access levels split and trimmed, unnamed resource types dropped', () => {
  const got = compactActions({
    a: { name: 'GetThing', accessLevel: 'Read', resourceTypes: [{ name: 'thing' }, { name: '' }], conditionKeys: ['x:Key'] },
    b: { name: 'TagThing', accessLevel: 'Tagging, Write', resourceTypes: [], conditionKeys: [] },
  });
  assert.equal(got, [
    ['GetThing', ['Read'], ['thing'], ['x:Key']],
    ['TagThing', ['Tagging', 'Write'], [], []],
  ]);
});

test.run();
