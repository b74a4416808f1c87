import * as assert from 'uvu/assert';
import type { Range } from '../../src/core/range.ts';
import type { SourceDocument } from '../../src/parse/document.ts';

/** Compact `line:column-line:column` form of a range, so expected positions read like an editor shows them. */
export function span(r: Range): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}

export function ruleIds(doc: SourceDocument): string[] {
  return doc.problems.map((p) => p.ruleId);
}

/** Asserts the document failed to parse with a single parse-error, and returns it. */
export function onlyParseError(doc: SourceDocument) {
  assert.is(doc.root, undefined, 'root must be undefined');
  assert.equal(ruleIds(doc), ['parse-error']);
  return doc.problems[0];
}

/** Deterministic pseudo-random bytes, so a failing noise test can be replayed. */
export function noise(length: number, seed = 42): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}
