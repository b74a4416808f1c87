import type { SourceDocument } from './document.ts';
import type { HclBody } from './hcl-ast.ts';
import { convertFile } from './hcl-body.ts';
import { parseCst } from './hcl-cst.ts';
import { syntaxProblem, topLevelStarts } from './hcl-errors.ts';
import { hclParser, loadHclParser } from './hcl-load.ts';
import { buildTree } from './hcl-tree.ts';
import { bomLength, LineIndex } from './lines.ts';
import { emptyDocument, parseError } from './problems.ts';

export { loadHclParser } from './hcl-load.ts';

/**
 * Parses an HCL file (.tf, .tfvars) into its JSON-form tree with exact ranges, keeping the syntax on `doc.hcl`
 * for evaluation. Never throws; syntax errors become `parse-error` problems and what parses is kept.
 * `loadHclParser()` must have been awaited once before (see `parseHclFile`).
 */
export function parseHcl(file: string, text: string): SourceDocument {
  const doc = emptyDocument(file, 'hcl', text);
  const lines = new LineIndex(text);
  // Same length, so offsets still index `text`; tree-sitter would take a BOM for an error.
  const source = bomLength(text) ? ' ' + text.slice(1) : text;
  try {
    const parser = hclParser();
    const { root, errors } = parseCst(parser, source);
    let body: HclBody;
    if (errors.length === 0) body = convertFile(source, root);
    else {
      body = { items: [] };
      // One broken block should not hide the others: each top-level piece is parsed on its own.
      const starts = topLevelStarts(source);
      let reported = false;
      starts.forEach((start, i) => {
        const end = starts[i + 1] ?? source.length;
        const piece = parseCst(parser, source.slice(start, end), start);
        if (piece.errors.length > 0) {
          doc.problems.push(syntaxProblem(source, lines, piece.errors[0]));
          reported = true;
        } else body.items.push(...convertFile(source, piece.root).items);
      });
      if (!reported) doc.problems.push(syntaxProblem(source, lines, errors[0]));
    }
    doc.root = buildTree(body, source, lines, doc.problems);
    doc.hcl = { body };
  } catch (e) {
    if (e instanceof Error && /HCL parser not loaded/.test(e.message)) throw e;
    const message = e instanceof RangeError ? 'nesting too deep' : `could not read the file (${e instanceof Error ? e.message : String(e)})`;
    doc.problems.push(parseError(message, lines.range(0, 0)));
    doc.root = undefined;
    doc.hcl = undefined;
  }
  return doc;
}

/** `parseHcl`, loading the parser first if needed. */
export async function parseHclFile(file: string, text: string): Promise<SourceDocument> {
  await loadHclParser();
  return parseHcl(file, text);
}
