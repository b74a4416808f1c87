import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../src/parse/lines.ts';

test('LF: 1-based lines and columns', () => {
  const ix = new LineIndex('ab\ncd\n\nef');
  assert.equal(ix.position(0), { line: 1, column: 1 });
  assert.equal(ix.position(2), { line: 1, column: 3 });
  assert.equal(ix.position(3), { line: 2, column: 1 });
  assert.equal(ix.position(6), { line: 3, column: 1 });
  assert.equal(ix.position(8), { line: 4, column: 2 });
  assert.equal(ix.position(9), { line: 4, column: 3 });
  assert.is(ix.lineCount, 4);
});

test('CRLF is one line break and the \\r never counts as a column', () => {
  const ix = new LineIndex('ab\r\ncd\r\n');
  assert.equal(ix.position(3), { line: 1, column: 3 }, 'offset of \\n clamps to the end of line 1');
  assert.equal(ix.position(2), { line: 1, column: 3 });
  assert.equal(ix.position(4), { line: 2, column: 1 });
  assert.equal(ix.position(5), { line: 2, column: 2 });
  assert.is(ix.lineCount, 3);
});

test('a lone \\r is a line break too', () => {
  const ix = new LineIndex('a\rb');
  assert.equal(ix.position(2), { line: 2, column: 1 });
});

test('a BOM does not shift line 1', () => {
  const ix = new LineIndex('\uFEFFab\ncd');
  assert.equal(ix.position(0), { line: 1, column: 1 });
  assert.equal(ix.position(1), { line: 1, column: 1 });
  assert.equal(ix.position(2), { line: 1, column: 2 });
  assert.equal(ix.position(4), { line: 2, column: 1 });
});

test('columns count UTF-16 code units', () => {
  const ix = new LineIndex('😀x');
  assert.equal(ix.position(2), { line: 1, column: 3 });
});

test('offset is the inverse of position, with or without a BOM', () => {
  for (const text of ['ab\r\ncd\ne', '\uFEFFab\ncd\r\n\r\nx']) {
    const ix = new LineIndex(text);
    for (let o = text.charCodeAt(0) === 0xfeff ? 1 : 0; o <= text.length; o++) {
      const p = ix.position(o);
      const back = ix.offset(p);
      assert.equal(ix.position(back), p);
    }
  }
});

test('positions asked out of order still come out right', () => {
  const lines = Array.from({ length: 100 }, (_, i) => `line${i}`);
  const starts = lines.map((_, i) => lines.slice(0, i).join('\n').length + (i ? 1 : 0));
  const ix = new LineIndex(lines.join('\n'));
  for (const line of [50, 3, 99, 0, 51, 52, 10]) {
    assert.equal(ix.position(starts[line] + 2), { line: line + 1, column: 3 });
  }
});

test.run();
