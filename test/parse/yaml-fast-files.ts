import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bomLength } from '../../src/parse/lines.ts';
import { templateFiles } from './corpus-files.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared corpus next to the repository; absent in some checkouts. */
export const SHARED_CORPUS = resolve(ROOT, '../shared/corpus');

/** Files under `dir` that parseDocument reads as YAML (not JSON by name or first character). */
export function yamlFiles(dir: string): { file: string; text: string }[] {
  return templateFiles(dir).flatMap((file) => {
    if (/\.json$/i.test(file)) return [];
    const text = readFileSync(file, 'utf8');
    return /^\s*[{[]/.test(text.slice(bomLength(text))) ? [] : [{ file, text }];
  });
}

/** Directories of the repository holding YAML fixtures. */
export function fixtureDirs(): string[] {
  const dirs: string[] = [join(ROOT, 'test/fixtures')];
  const find = (d: string) => {
    if (!existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const p = join(d, e.name);
      if (e.name === 'fixtures') dirs.push(p);
      else find(p);
    }
  };
  find(join(ROOT, 'policies'));
  find(join(ROOT, 'src/rules'));
  return dirs;
}
