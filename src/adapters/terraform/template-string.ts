import type { Path } from '../../core/range.ts';
import type { Expr, TemplatePart } from '../../parse/hcl-ast.ts';
import { convertFile } from '../../parse/hcl-body.ts';
import { parseCst } from '../../parse/hcl-cst.ts';
import { hclParser } from '../../parse/hcl-load.ts';
import { subExpressions } from '../../parse/hcl-walk.ts';

export interface Span {
  start: number;
  end: number;
  path: Path;
}

const MARK = '__CLOUDSECLINT_TEMPLATE__';

/**
 * Parses a string as an HCL template (a .tf.json string, a `templatefile` file). Written as a heredoc, the text
 * needs no re-escaping (quotes inside `${…}` stay as they are); the heredoc's closing line break is dropped.
 * Every expression gets `span`: a string has no finer location to give. Undefined when it does not parse.
 */
export function parseTemplateString(text: string, span: Span): Expr | undefined {
  if (text.includes(MARK)) return undefined;
  const source = `x = <<${MARK}\n${text}\n${MARK}\n`;
  const { root, errors } = parseCst(hclParser(), source);
  if (errors.length > 0) return undefined;
  const attr = convertFile(source, root).items[0];
  if (attr?.kind !== 'attribute' || attr.expr.kind !== 'template') return undefined;
  const expr: Expr = { ...attr.expr, parts: dropFinalNewline(attr.expr.parts), heredoc: false };
  relocate(expr, span);
  return expr;
}

function dropFinalNewline(parts: TemplatePart[]): TemplatePart[] {
  const last = parts[parts.length - 1];
  if (typeof last !== 'string' || !last.endsWith('\n')) return parts;
  const trimmed = last.slice(0, -1);
  return trimmed ? [...parts.slice(0, -1), trimmed] : parts.slice(0, -1);
}

/** Gives every expression of a tree one place: a string has no finer location to give. */
export function relocate(e: Expr, span: Span): void {
  e.start = span.start;
  e.end = span.end;
  e.path = span.path;
  for (const sub of subExpressions(e)) relocate(sub, span);
}
