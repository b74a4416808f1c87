import type { Position, Range } from '../core/range.ts';

const BOM = 0xfeff;
const LF = 10;
const CR = 13;

export function bomLength(text: string): number {
  return text.charCodeAt(0) === BOM ? 1 : 0;
}

/**
 * Maps offsets of a text (as JS string indexes) to 1-based line/column positions.
 * Line breaks are \n, \r\n and a lone \r, as editors and LSP count them. A UTF-8 BOM is not part of line 1,
 * so the first real character is at column 1 whether or not the file starts with a BOM.
 */
export class LineIndex {
  private readonly starts: number[];
  // Parsers ask for offsets in mostly increasing order: remembering the last line avoids most binary searches.
  private hint = 0;

  constructor(private readonly text: string) {
    const first = bomLength(text);
    const starts = [first];
    if (text.indexOf('\r', first) < 0) {
      for (let i = text.indexOf('\n', first); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = first; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === LF) starts.push(i + 1);
        else if (c === CR) {
          if (text.charCodeAt(i + 1) === LF) i++;
          starts.push(i + 1);
        }
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based index of the line holding `offset`. */
  private lineOf(offset: number): number {
    const s = this.starts;
    let h = this.hint;
    if (s[h] <= offset) {
      if (h + 1 >= s.length || offset < s[h + 1]) return h;
      if (h + 2 >= s.length || offset < s[h + 2]) return (this.hint = h + 1);
    }
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    h = lo;
    return (this.hint = h);
  }

  /** Offset just past the last character of a line, before its line break. */
  private lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (this.text.charCodeAt(end) === LF && end > this.starts[line] && this.text.charCodeAt(end - 1) === CR) end--;
    return end;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    const start = this.starts[line];
    // Clamped so that a BOM or an offset inside a line break never yields a column past the line's content.
    const o = Math.min(Math.max(offset, start), this.lineEnd(line));
    return { line: line + 1, column: o - start + 1 };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** Inverse of `position`; clamps out-of-range lines and columns to the nearest valid offset. */
  offset(pos: Position): number {
    const line = Math.min(Math.max(pos.line - 1, 0), this.starts.length - 1);
    const start = this.starts[line];
    return Math.min(start + Math.max(pos.column - 1, 0), this.lineEnd(line));
  }
}
