// Writes dist/iam-actions/<service>.json: the IAM catalog's actions in the compact form the bundle reads
// (src/iam/catalog.ts), without the descriptions and dependent actions the rules never read; and dist/iam-data:
// the other files of the catalog the rules read (resource types, condition keys), minified and without
// descriptions, and the global condition keys, which the package keeps in code (src/iam/catalog-data.ts).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactActions, type RawAction } from '../src/iam/catalog.ts';
import { catalogDataDir } from '../src/iam/catalog-data.ts';
import { globalKeysOfPackage } from '../src/iam/global-condition-keys.ts';

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

// dist/iam-data: same file names as the package's data folder, so catalogJson reads either.
const data = join(root, 'dist', 'iam-data');
rmSync(data, { recursive: true, force: true });
let dataIn = 0;
let dataOut = 0;
const copy = (relative: string, shrink: (json: unknown) => unknown = (j) => j) => {
  const text = readFileSync(join(catalogDataDir(), relative), 'utf8');
  const compact = JSON.stringify(shrink(JSON.parse(text)));
  writeFileSync(join(data, relative), compact);
  dataIn += text.length;
  dataOut += compact.length;
};
const withoutDescriptions = (json: unknown) =>
  Object.fromEntries(Object.entries(json as Record<string, Record<string, unknown>>).map(([k, { description: _, ...rest }]) => [k, rest]));
for (const folder of ['resourceTypes', 'conditionKeys']) {
  mkdirSync(join(data, folder), { recursive: true });
  for (const file of readdirSync(join(catalogDataDir(), folder)).filter((f) => f.endsWith('.json'))) copy(`${folder}/${file}`, withoutDescriptions);
}
copy('unassociatedConditions.json');
const globalKeys = globalKeysOfPackage();
writeFileSync(join(data, 'globalConditionKeys.json'), JSON.stringify(globalKeys));
console.log(`build-catalog: resource types and condition keys, ${(dataIn / 1e6).toFixed(1)} MB -> ${(dataOut / 1e6).toFixed(1)} MB in dist/iam-data; ${globalKeys.length} global condition keys`);
