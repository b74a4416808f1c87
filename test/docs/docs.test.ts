import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateDocs } from '../../src/docs/generate.ts';
import { TABLE_END, TABLE_START, rulePage, withRuleTable } from '../../src/docs/rule-docs.ts';

const root = join(import.meta.dirname, '..', '..');
const docs = generateDocs(root);

test('the README rule table is up to date (npm run docs)', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  assert.ok(readme.includes(TABLE_START) && readme.includes(TABLE_END));
  assert.fixture(readme, withRuleTable(readme, docs.table));
});

test('every rule page is up to date (npm run docs)', () => {
  for (const [rel, text] of docs.pages) {
    assert.ok(existsSync(join(root, rel)), `${rel} is missing`);
    assert.fixture(readFileSync(join(root, rel), 'utf8'), text, rel);
  }
  const onDisk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? onDisk(join(dir, e.name)) : [join(dir, e.name)]));
  const stale = onDisk(join(root, 'docs', 'rules')).map((f) => f.slice(root.length + 1)).filter((f) => !docs.pages.has(f));
  assert.equal(stale, [], 'pages of rules that no longer exist');
});

test('a rule page says which kinds of file the rule judges, and when its silence proves nothing', () => {
  const meta = { id: 'x/y', title: 'T', description: 'D', severity: 'info' as const, category: 'c', messages: { m: 'm' } };
  const plain = rulePage(meta);
  assert.not.match(plain, 'Judges');
  assert.not.match(plain, '--compliance');
  const page = rulePage({ ...meta, formats: ['terraform', 'terraform-plan'], confirms: false });
  assert.match(page, 'Judges Terraform configurations and Terraform plans only.');
  assert.match(page, 'With `--compliance`, its findings fail the controls it implements, but finding nothing does not pass them');
  assert.match(rulePage({ ...meta, confirms: false }, {}, { confirmable: true }), 'finding nothing passes them only when the files show what it asks for in place');
});

test.run();
