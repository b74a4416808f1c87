import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Parser } from 'web-tree-sitter';
import { dynamicImport } from '../core/dynamic-import.ts';

let parser: Parser | undefined;
let loading: Promise<Parser> | undefined;

/**
 * Loads tree-sitter (WASM) and the HCL grammar, once. Only runs with Terraform files pay for it: the module is
 * imported dynamically, and both .wasm files are found through node's resolution from this module, which works
 * from src/ and from the dist/ bundle (where web-tree-sitter stays external).
 */
export function loadHclParser(): Promise<Parser> {
  if (parser) return Promise.resolve(parser);
  loading ??= (async () => {
    const { Parser: P, Language } = await dynamicImport<typeof import('web-tree-sitter')>('web-tree-sitter');
    await P.init();
    const require = createRequire(import.meta.url);
    const grammar = readFileSync(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm'));
    const p = new P();
    p.setLanguage(await Language.load(new Uint8Array(grammar)));
    return (parser = p);
  })();
  return loading;
}

/** The loaded parser; `loadHclParser()` must have been awaited first. */
export function hclParser(): Parser {
  if (!parser) throw new Error('HCL parser not loaded: await loadHclParser() before parsing .tf files');
  return parser;
}
