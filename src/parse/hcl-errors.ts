import type { ParseProblem } from './document.ts';
import type { CstError } from './hcl-cst.ts';
import type { LineIndex } from './lines.ts';
import { parseError } from './problems.ts';

/** A syntax error as a `parse-error` problem with its line and column. */
export function syntaxProblem(text: string, lines: LineIndex, e: CstError): ParseProblem {
  if (e.missing) return parseError(`syntax error: missing ${quoteToken(e.missing)}`, lines.range(e.start, e.end));
  const snippet = text.slice(e.start, e.end).split(/\r?\n/)[0].trim();
  const what = snippet ? `unexpected "${snippet.length > 40 ? snippet.slice(0, 40) + '…' : snippet}"` : 'unexpected end of input';
  return parseError(`syntax error: ${what}`, lines.range(e.start, Math.min(e.end, e.start + Math.max(snippet.length, 1))));
}

function quoteToken(type: string): string {
  return /^[a-z_]+$/.test(type) ? type.replace(/_/g, ' ') : `"${type}"`;
}

const BLOCK_START = /^[A-Za-z_][\w-]*(?:[ \t]+(?:"(?:[^"\\\n]|\\.)*"|[A-Za-z_][\w-]*))*[ \t]*\{/;
const ATTRIBUTE_START = /^[A-Za-z_][\w-]*[ \t]*=/;
const HEREDOC = /<<-?([A-Za-z_][\w-]*)[ \t]*$/;

/**
 * Where the top-level blocks and attributes of a file start: lines that begin at column 1 with a block header or
 * an attribute, outside heredocs. After a syntax error each such piece is parsed on its own, so one broken block
 * costs only that block and the rest of the file is still read.
 */
export function topLevelStarts(text: string): number[] {
  const starts: number[] = [];
  let heredoc: string | undefined;
  let at = 0;
  for (const line of text.split('\n')) {
    const bare = line.replace(/\r$/, '');
    if (heredoc) {
      if (bare.trim() === heredoc) heredoc = undefined;
    } else {
      if (BLOCK_START.test(bare) || ATTRIBUTE_START.test(bare)) starts.push(at);
      heredoc = HEREDOC.exec(bare)?.[1];
    }
    at += line.length + 1;
  }
  if (starts[0] !== 0) starts.unshift(0);
  return starts;
}
