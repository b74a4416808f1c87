import type { CST } from 'yaml';

function isCollection(t: CST.Token): t is CST.BlockMap | CST.BlockSequence | CST.FlowCollection {
  return t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection';
}

/**
 * Offset of the first collection nested deeper than `limit` in a document's syntax tree, or -1.
 * yaml composes recursively and exhausts the stack a few hundred levels past our limit (then V8 may even abort
 * the process while compiling a regular expression), so nesting is measured here, iteratively, before composing.
 */
export function tooDeepAt(doc: CST.Token, limit: number): number {
  const tokens: CST.Token[] = [doc];
  const depths: number[] = [0];
  while (tokens.length) {
    const t = tokens.pop()!;
    let depth = depths.pop()!;
    if (t.type === 'document') {
      if (t.value) {
        tokens.push(t.value);
        depths.push(depth);
      }
      continue;
    }
    if (!isCollection(t)) continue;
    if (++depth > limit) return t.offset;
    for (const item of t.items) {
      if (item.key) {
        tokens.push(item.key);
        depths.push(depth);
      }
      if (item.value) {
        tokens.push(item.value);
        depths.push(depth);
      }
    }
  }
  return -1;
}
