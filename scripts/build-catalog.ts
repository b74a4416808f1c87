// Writes dist/iam-actions/<service>.json: the IAM catalog's actions in the compact form the bundle reads
// (src/iam/catalog.ts), without the descriptions and dependent actions the rules never read.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactActions, type RawAction } from '../src/iam/catalog.ts';
import { catalogDataDir } from '../src/iam/catalog-data.ts';

const root = join(import.meta.dirname, '..');
const source = join(catalogDataDir(), 'actions');
const out = join(root, 'dist', 'iam-actions');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let bytesIn = 0;
let bytesOut = 0;
const files = readdirSync(source).filter((f) => f.endsWith('.json'));
for (const file of files) {
  const text = readFileSync(join(source, file), 'utf8');
  const compact = JSON.stringify(compactActions(JSON.parse(text) as Record<string, RawAction>));
  writeFileSync(join(out, file), compact);
  bytesIn += text.length;
  bytesOut += compact.length;
}
console.log(`build-catalog: ${files.length} services, ${(bytesIn / 1e6).toFixed(1)} MB -> ${(bytesOut / 1e6).toFixed(1)} MB in dist/iam-actions`);
