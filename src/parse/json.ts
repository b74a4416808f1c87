import { visit, type JSONVisitor } from 'jsonc-parser';
import type { Path, Range } from '../core/range.ts';
import type { SourceDocument } from './document.ts';
import { describeJsonError } from './json-errors.ts';
import { readPlainJson } from './json-fast.ts';
import { bomLength, LineIndex } from './lines.ts';
import type { MapEntry, MapNode, Node, SeqNode } from './node.ts';
import {
  duplicateKey,
  earlierEntry,
  emptyDocument,
  isBlank,
  MAX_DEPTH,
  ParseAbort,
  parseError,
  tooDeep,
  type KeyIndex,
} from './problems.ts';
import { numberOrSource } from './scalars.ts';

interface Frame extends KeyIndex {
  node: MapNode | SeqNode;
  /** Where this container sits in its parent, for problem paths. */
  at: string | number;
  key: string;
  keyRange: Range | undefined;
}

// CloudFormation's JSON reader is strict: comments and trailing commas are errors there, so they are here.
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * Parses a JSON template into a positioned tree. Never throws; problems go into the document. `careful` skips the
 * fast reader of plain JSON (the tests compare both paths).
 */
export function parseJson(file: string, text: string, { careful = false }: { careful?: boolean } = {}): SourceDocument {
  const doc = emptyDocument(file, 'json', text);
  const lines = new LineIndex(text);
  const base = bomLength(text);
  if (isBlank(text, base)) {
    doc.problems.push(parseError('empty file', lines.range(base, base)));
    return doc;
  }
  // jsonc-parser rejects a BOM, so it parses the text after it and every offset it reports is shifted back.
  const body = base ? text.slice(base) : text;
  // Plain strict JSON, nearly every template, takes the fast reader; the rest (errors above all) comes here.
  const plain = careful ? undefined : readPlainJson(body, base, lines);
  if (plain) {
    doc.root = plain.root;
    doc.problems.push(...plain.problems);
    return doc;
  }
  const stack: Frame[] = [];
  let root: Node | undefined;

  const pathTo = (key?: string): Path => {
    const path: Path = [];
    for (let i = 1; i < stack.length; i++) path.push(stack[i].at);
    if (key !== undefined) path.push(key);
    return path;
  };

  const attach = (node: Node): string | number => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = node;
      return '';
    }
    if (top.node.kind === 'seq') return top.node.items.push(node) - 1;
    const entry: MapEntry = { key: top.key, keyRange: top.keyRange!, value: node };
    top.node.entries.push(entry);
    return top.key;
  };

  const open = (node: MapNode | SeqNode) => {
    stack.push({ node, at: attach(node), key: '', keyRange: undefined, indexed: 0 });
  };

  const visitor: JSONVisitor = {
    onObjectBegin(offset) {
      const start = lines.position(base + offset);
      if (stack.length >= MAX_DEPTH) throw new ParseAbort(tooDeep(), offset, offset + 1);
      open({ kind: 'map', entries: [], range: { start, end: start } });
    },
    onArrayBegin(offset) {
      const start = lines.position(base + offset);
      if (stack.length >= MAX_DEPTH) throw new ParseAbort(tooDeep(), offset, offset + 1);
      open({ kind: 'seq', items: [], range: { start, end: start } });
    },
    onObjectEnd(offset, length) {
      stack.pop()!.node.range.end = lines.position(base + offset + length);
    },
    onArrayEnd(offset, length) {
      stack.pop()!.node.range.end = lines.position(base + offset + length);
    },
    onObjectProperty(key, offset, length) {
      const top = stack[stack.length - 1];
      const keyRange = lines.range(base + offset, base + offset + length);
      if (top.node.kind === 'map') {
        const first = earlierEntry(top.node.entries, key, top);
        if (first) doc.problems.push(duplicateKey(key, first, keyRange, pathTo(key)));
      }
      top.key = key;
      top.keyRange = keyRange;
    },
    onLiteralValue(value: string | number | boolean | null, offset, length) {
      if (typeof value === 'number') value = numberOrSource(value, body.slice(offset, offset + length));
      attach({ kind: 'scalar', value, range: lines.range(base + offset, base + offset + length) });
    },
    onError(code, offset, length) {
      throw new ParseAbort(describeJsonError(code, body, offset, length), offset, offset + length);
    },
  };

  try {
    visit(body, visitor, STRICT);
  } catch (e) {
    const abort =
      e instanceof ParseAbort ? e : new ParseAbort(`JSON parser failed: ${e instanceof Error ? e.message : e}`, 0);
    // Duplicate keys seen before the error would only add noise to a file that does not parse.
    doc.problems = [parseError(abort.message, lines.range(base + abort.start, base + abort.end))];
    return doc;
  }
  doc.root = root;
  return doc;
}
