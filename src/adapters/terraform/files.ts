import type { SourceDocument } from '../../parse/document.ts';
import type { HclBody } from '../../parse/hcl-ast.ts';
import { LineIndex } from '../../parse/lines.ts';
import type { Path, Range } from '../../core/range.ts';
import { locate } from '../../parse/document.ts';

/** One file of a configuration, HCL or JSON, read into the same syntax. */
export class TfFile {
  private index: LineIndex | undefined;

  constructor(
    readonly doc: SourceDocument,
    readonly body: HclBody,
  ) {}

  get path(): string {
    return this.doc.file;
  }

  /** The range of the node at `path` (or of its nearest ancestor) in this file's JSON form. */
  rangeOf(path: Path): Range {
    const { start, end } = locate(this.doc, path);
    return { start, end };
  }

  range(start: number, end: number): Range {
    this.index ??= new LineIndex(this.doc.text);
    return this.index.range(start, end);
  }
}
