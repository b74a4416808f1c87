// npm run docs: regenerates the README's rule table and docs/rules/*.md from rule metadata.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../src/core/package-root.ts';
import { generateDocs } from '../src/docs/generate.ts';
import { withRuleTable } from '../src/docs/rule-docs.ts';

const root = packageRoot();
const { table, pages } = generateDocs(root);
const readme = join(root, 'README.md');
writeFileSync(readme, withRuleTable(readFileSync(readme, 'utf8'), table));
rmSync(join(root, 'docs', 'rules'), { recursive: true, force: true });
for (const [rel, text] of pages) {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}
console.log(`docs: README rule table and ${pages.size} rule pages`);
