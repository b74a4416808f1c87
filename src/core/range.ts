/** A point in a source file. Lines and columns are 1-based; columns count UTF-16 code units, as JS strings do. */
export interface Position {
  line: number;
  column: number;
}

/** A source span, end exclusive. Kept 1-based everywhere inside; formatters convert at the edge (LSP wants 0-based). */
export interface Range {
  start: Position;
  end: Position;
}

/** A logical location inside a document: keys and array indexes from the root. */
export type Path = (string | number)[];

export interface Location {
  path: Path;
  start: Position;
  end: Position;
}
