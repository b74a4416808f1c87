import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../parse/document.ts';
import { parseHcl } from '../../parse/hcl.ts';
import { parseJson } from '../../parse/json.ts';
import { TfFile } from './files.ts';
import { jsonBody } from './json-body.ts';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Parses the `.tf` and `.tf.json` files of a directory (not its subdirectories, not variable files), in name
 * order as Terraform reads them, each named by `display` of its path. The HCL parser must be loaded.
 */
export function readModuleDocuments(dir: string, display: (path: string) => string = (p) => p): SourceDocument[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.tf(\.json)?$/.test(n) && !n.startsWith('.')).sort();
  } catch {
    return [];
  }
  const docs: SourceDocument[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      const st = statSync(path);
      if (!st.isFile() || st.size > MAX_FILE_BYTES) continue;
      const text = readFileSync(path, 'utf8');
      docs.push(name.endsWith('.json') ? parseJson(display(path), text) : parseHcl(display(path), text));
    } catch {
      continue;
    }
  }
  return docs;
}

/** Terraform documents read into one syntax: HCL keeps its own, .tf.json is converted. */
export function tfFiles(docs: SourceDocument[]): TfFile[] {
  const out: TfFile[] = [];
  for (const doc of docs) {
    if (doc.hcl) out.push(new TfFile(doc, doc.hcl.body));
    else if (doc.format === 'json' && doc.root) out.push(new TfFile(doc, jsonBody(doc)));
  }
  return out;
}
