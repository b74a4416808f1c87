import type { Expr, TemplateExpr, TemplatePart } from './hcl-ast.ts';
import type { Cst } from './hcl-cst.ts';
import { dedentGap, flushIndent, unescapeQuoted, unescapeTemplateMarks } from './hcl-strings.ts';

type ConvertExpression = (text: string, n: Cst) => Expr;

/**
 * Literal text is taken from the source between the template's interpolations and directives, not from the
 * grammar's `template_literal` nodes: in heredocs those leave out the whitespace and line breaks around them.
 */
interface Ctx {
  text: string;
  expr: ConvertExpression;
  decode: (raw: string) => string;
  /** For `<<-` heredocs: the indentation to remove at each line start, and where the content begins. */
  dedent: number;
  contentStart: number;
}

/** The value of a `string_lit`: a quoted string without interpolation. */
export function stringLiteral(text: string, n: Cst): string {
  const open = n.children[0];
  const close = n.children[n.children.length - 1];
  return unescapeQuoted(text.slice(open.end, close.start));
}

/** Converts a `quoted_template` or `heredoc_template` node. */
export function convertTemplate(text: string, n: Cst, expr: ConvertExpression): TemplateExpr {
  const kids = n.children;
  if (n.type === 'quoted_template') {
    const ctx: Ctx = { text, expr, decode: unescapeQuoted, dedent: 0, contentStart: kids[0].end };
    const parts = partsBetween(ctx, kids.slice(1, -1), kids[0].end, kids[kids.length - 1].start, false, false);
    return { kind: 'template', parts, heredoc: false, start: n.start, end: n.end, path: [] };
  }
  const flush = text.slice(kids[0].start, kids[0].end) === '<<-';
  const ids = kids.filter((k) => k.type === 'heredoc_identifier');
  const open = ids[0];
  const close = ids[ids.length - 1];
  const contentStart = lineAfter(text, open.end);
  const contentEnd = Math.max(contentStart, lineStart(text, close.start));
  const dedent = flush ? flushIndent(text.slice(contentStart, contentEnd)) : 0;
  const ctx: Ctx = { text, expr, decode: unescapeTemplateMarks, dedent, contentStart };
  const inner = kids.filter((k) => k !== kids[0] && k !== open && k !== close);
  const parts = partsBetween(ctx, inner, contentStart, contentEnd, false, false);
  return { kind: 'template', parts, heredoc: true, start: n.start, end: n.end, path: [] };
}

function lineAfter(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl + 1;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/**
 * The parts of a template between two offsets: the interpolations and directives among `kids`, and the literal
 * text around them. `stripStart`/`stripEnd` apply the `~` markers of the tags bounding the range.
 */
function partsBetween(ctx: Ctx, kids: Cst[], from: number, to: number, stripStart: boolean, stripEnd: boolean): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = from;
  let strip = stripStart;
  const literal = (end: number, stripNext: boolean) => {
    let raw = ctx.text.slice(at, end);
    if (ctx.dedent) raw = dedentGap(raw, ctx.dedent, at === ctx.contentStart || ctx.text[at - 1] === '\n');
    let s = ctx.decode(raw);
    if (strip) s = s.replace(/^\s+/, '');
    if (stripNext) s = s.replace(/\s+$/, '');
    if (s) parts.push(s);
  };
  for (const k of kids) {
    if (k.type === 'template_literal') continue;
    if (k.type === 'template_interpolation') {
      const { before, after } = stripMarks(k);
      literal(k.start, before);
      const e = k.children.find((c) => c.type === 'expression');
      if (e) parts.push(ctx.expr(ctx.text, e));
      at = k.end;
      strip = after;
    } else if (k.type === 'template_directive') {
      const d = k.children[0];
      const tags = d.children.filter(isTag);
      literal(k.start, stripMarks(tags[0]).before);
      parts.push(d.type === 'template_if' ? templateIf(ctx, d) : templateFor(ctx, d));
      at = k.end;
      strip = stripMarks(tags[tags.length - 1]).after;
    }
  }
  literal(to, stripEnd);
  return parts;
}

const TAGS = new Set(['template_if_intro', 'template_else_intro', 'template_if_end', 'template_for_start', 'template_for_end']);
const isTag = (k: Cst) => TAGS.has(k.type);

/** Whether a tag (`${~ x ~}`, `%{~ if c ~}`) strips the whitespace before and after it. */
function stripMarks(tag: Cst): { before: boolean; after: boolean } {
  const kids = tag.children;
  const last = kids.length - 2;
  return { before: last >= 1 && kids[1].type === 'strip_marker', after: last > 1 && kids[last].type === 'strip_marker' };
}

/** The content between consecutive tags of a directive, with their strip markers. */
function between(ctx: Ctx, d: Cst, open: Cst, close: Cst): TemplatePart[] {
  const inside = d.children.filter((k) => k.start >= open.end && k.end <= close.start && !isTag(k));
  return partsBetween(ctx, inside, open.end, close.start, stripMarks(open).after, stripMarks(close).before);
}

function templateIf(ctx: Ctx, d: Cst): TemplatePart {
  const intro = d.children.find((k) => k.type === 'template_if_intro')!;
  const elseIntro = d.children.find((k) => k.type === 'template_else_intro');
  const end = d.children.find((k) => k.type === 'template_if_end')!;
  const cond = ctx.expr(ctx.text, intro.children.find((k) => k.type === 'expression')!);
  return {
    kind: 'template-if',
    cond,
    then: between(ctx, d, intro, elseIntro ?? end),
    else: elseIntro ? between(ctx, d, elseIntro, end) : [],
  };
}

function templateFor(ctx: Ctx, d: Cst): TemplatePart {
  const start = d.children.find((k) => k.type === 'template_for_start')!;
  const end = d.children.find((k) => k.type === 'template_for_end')!;
  const names = start.children.filter((k) => k.type === 'identifier').map((k) => ctx.text.slice(k.start, k.end));
  const collection = ctx.expr(ctx.text, start.children.find((k) => k.type === 'expression')!);
  const vars = names.length === 2 ? { keyVar: names[0], valueVar: names[1] } : { valueVar: names[0] };
  return { kind: 'template-for', ...vars, collection, body: between(ctx, d, start, end) };
}
