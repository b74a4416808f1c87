import type { Parser } from 'web-tree-sitter';

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

/** Parses `text` and returns its tree with offsets shifted by `offset` (for a slice of a larger file). */
export function parseCst(parser: Parser, text: string, offset = 0): { root: Cst; errors: CstError[] } {
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  const errors: CstError[] = [];
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
      const type = cursor.nodeType;
      const start = cursor.startIndex + offset;
      const end = cursor.endIndex + offset;
      if (type === 'ERROR') errors.push({ start, end });
      else if (start === end && cursor.nodeIsMissing) errors.push({ start, end, missing: type });
      const parent = stack[stack.length - 1];
      if (type === 'comment' || (!cursor.nodeIsNamed && !KEPT_TOKENS.has(type))) {
        descended = false;
        continue;
      }
      const node: Cst = { type, start, end, children: NO_CHILDREN };
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
