import type { Node as TsNode, Parser } from 'web-tree-sitter';

/**
 * A plain-JS copy of a tree-sitter tree: the WASM tree is walked once with a cursor (far cheaper than node
 * objects) and freed at once; the converters then read ordinary objects. Anonymous tokens are dropped except
 * the few whose identity the converters need (operators, and `(` which marks a parenthesised expression).
 */
export interface Cst {
  type: string;
  start: number;
  end: number;
  children: Cst[];
}

/** A syntax error tree-sitter recovered from: an ERROR node, or a token it had to assume (`missing`). */
export interface CstError {
  start: number;
  end: number;
  missing?: string;
}

// Leaves share one empty list: most nodes are leaves, and a parse of a few MB makes millions of nodes.
const NO_CHILDREN: Cst[] = [];

const KEPT_TOKENS = new Set(['(', '-', '!', '*', '/', '%', '+', '>', '>=', '<', '<=', '==', '!=', '&&', '||']);
// Named nodes the converters never read: skipping them saves crossing into WASM for their children.
const SKIPPED = new Set(['comment', 'template_literal', 'block_start', 'block_end', 'object_start', 'object_end', 'tuple_start', 'tuple_end']);

/** Per grammar symbol: its name, and whether the copy keeps it. Looked up by id, the cheapest cursor read. */
const symbols = new WeakMap<object, { type: string; keep: boolean }[]>();

function symbolTable(parser: Parser): { type: string; keep: boolean }[] {
  const lang = parser.language!;
  let table = symbols.get(lang);
  if (!table) {
    table = [];
    for (let id = 0; id < lang.nodeTypeCount; id++) {
      const type = lang.nodeTypeForId(id) ?? 'ERROR';
      table.push({ type, keep: lang.nodeTypeIsNamed(id) ? !SKIPPED.has(type) : KEPT_TOKENS.has(type) });
    }
    symbols.set(lang, table);
  }
  return table;
}

/** ERROR and MISSING nodes under a node (itself excluded when `below`), in source order. */
function collectErrors(node: TsNode, offset: number, errors: CstError[], below = false): void {
  if (!node.hasError && !node.isMissing) return;
  if (!below && node.type === 'ERROR') errors.push({ start: node.startIndex + offset, end: node.endIndex + offset });
  else if (!below && node.isMissing) errors.push({ start: node.startIndex + offset, end: node.startIndex + offset, missing: node.type });
  for (const child of node.children) if (child) collectErrors(child, offset, errors);
}

/** Parses `text` and returns its tree with offsets shifted by `offset` (for a slice of a larger file). */
export function parseCst(parser: Parser, text: string, offset = 0): { root: Cst; errors: CstError[] } {
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  const table = symbolTable(parser);
  const errors: CstError[] = [];
  // Errors are looked for only in a tree that has some: most files have none, and every check costs a call.
  const checkErrors = tree.rootNode.hasError;
  const cursor = tree.walk();
  try {
    const root: Cst = { type: cursor.nodeType, start: cursor.startIndex + offset, end: cursor.endIndex + offset, children: NO_CHILDREN };
    // Iterative, so that a deeply nested input cannot overflow the stack here.
    const stack: Cst[] = [root];
    let descended = cursor.gotoFirstChild();
    while (stack.length > 0) {
      if (!descended) {
        if (cursor.gotoNextSibling()) descended = true;
        else {
          stack.pop();
          if (!cursor.gotoParent()) break;
          continue;
        }
      }
      const id = cursor.nodeTypeId;
      const symbol: { type: string; keep: boolean } | undefined = id === 65535 ? undefined : table[id];
      const type = symbol?.type ?? 'ERROR';
      if (checkErrors) {
        if (type === 'ERROR') errors.push({ start: cursor.startIndex + offset, end: cursor.endIndex + offset });
        else if (cursor.nodeIsMissing) errors.push({ start: cursor.startIndex + offset, end: cursor.startIndex + offset, missing: type });
      }
      if (symbol && !symbol.keep) {
        // A node the copy skips may still hold a MISSING token (`block_end` holding a missing `}`).
        if (checkErrors) collectErrors(cursor.currentNode, offset, errors, true);
        descended = false;
        continue;
      }
      const node: Cst = { type, start: cursor.startIndex + offset, end: cursor.endIndex + offset, children: NO_CHILDREN };
      const parent = stack[stack.length - 1];
      if (parent.children === NO_CHILDREN) parent.children = [node];
      else parent.children.push(node);
      if (cursor.gotoFirstChild()) {
        stack.push(node);
        descended = true;
      } else descended = false;
    }
    return { root, errors };
  } finally {
    cursor.delete();
    tree.delete();
  }
}
