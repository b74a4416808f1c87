import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared corpus of AWS sample templates, next to the repository; absent in some checkouts. */
export const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/aws-cloudformation-templates');

/** JSON, YAML and .template files under `dir`, sorted; none when the folder is absent. */
export function templateFiles(dir: string): string[] {
  const out: string[] = [];
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(json|ya?ml|template)$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
