import type { Path } from '../core/range.ts';

/**
 * The syntax of an HCL (or .tf.json) file, kept beside its JSON-form node tree so that expressions can be
 * evaluated later. Offsets (`start`/`end`) index the document's text as JS strings do; `path` is the path of the
 * JSON-form node that holds the construct, so a value computed from it is located like any other node.
 * Inside a function call or an operator there is no finer node: sub-expressions share the path of the whole —
 * except jsonencode of an object or tuple literal, located like the document it encodes.
 */
export interface HclFile {
  body: HclBody;
}

export interface HclBody {
  items: (HclAttribute | HclBlock)[];
}

interface Spanned {
  start: number;
  end: number;
  path: Path;
}

export interface HclAttribute extends Spanned {
  kind: 'attribute';
  name: string;
  expr: Expr;
}

export interface HclBlock extends Spanned {
  kind: 'block';
  type: string;
  labels: string[];
  /** Offsets of each label, quotes included. */
  labelSpans: [number, number][];
  /** End of the header (`resource "aws_s3_bucket" "logs"`), where a missing attribute is reported. */
  headerEnd: number;
  body: HclBody;
}

export type Expr =
  | LiteralExpr
  | TemplateExpr
  | TupleExpr
  | ObjectExpr
  | VariableExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | SplatItemExpr
  | CallExpr
  | ConditionalExpr
  | UnaryExpr
  | BinaryExpr
  | ForExpr;

export interface LiteralExpr extends Spanned {
  kind: 'literal';
  value: string | number | boolean | null;
}

/** A string with interpolations or directives (`"a-${var.b}"`, heredocs). Literal parts are already unescaped. */
export interface TemplateExpr extends Spanned {
  kind: 'template';
  parts: TemplatePart[];
  heredoc: boolean;
}

export type TemplatePart = string | Expr | TemplateIf | TemplateFor;

export interface TemplateIf {
  kind: 'template-if';
  cond: Expr;
  then: TemplatePart[];
  else: TemplatePart[];
}

export interface TemplateFor {
  kind: 'template-for';
  keyVar?: string;
  valueVar: string;
  collection: Expr;
  body: TemplatePart[];
}

export interface TupleExpr extends Spanned {
  kind: 'tuple';
  items: Expr[];
}

export interface ObjectExpr extends Spanned {
  kind: 'object';
  /** A bare identifier key (`a = 1`) is a literal string; a parenthesised one (`(local.k) = 1`) an expression. */
  items: { key: Expr; value: Expr }[];
}

/** The root of a traversal: `var`, `local`, `aws_s3_bucket`, a for-expression variable… */
export interface VariableExpr extends Spanned {
  kind: 'variable';
  name: string;
}

export interface GetAttrExpr extends Spanned {
  kind: 'getattr';
  target: Expr;
  name: string;
}

export interface IndexExpr extends Spanned {
  kind: 'index';
  target: Expr;
  key: Expr;
}

/** `target[*].a.b`: `each` is evaluated once per element, with `splat-item` standing for the element. */
export interface SplatExpr extends Spanned {
  kind: 'splat';
  target: Expr;
  each: Expr;
}

export interface SplatItemExpr extends Spanned {
  kind: 'splat-item';
}

export interface CallExpr extends Spanned {
  kind: 'call';
  name: string;
  args: Expr[];
  /** The last argument is followed by `...` and expands into arguments. */
  expand: boolean;
}

export interface ConditionalExpr extends Spanned {
  kind: 'conditional';
  cond: Expr;
  then: Expr;
  else: Expr;
}

export interface UnaryExpr extends Spanned {
  kind: 'unary';
  op: '-' | '!';
  operand: Expr;
}

export type BinaryOp = '*' | '/' | '%' | '+' | '-' | '>' | '>=' | '<' | '<=' | '==' | '!=' | '&&' | '||';

export interface BinaryExpr extends Spanned {
  kind: 'binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
}

/** `[for v in c : x if p]` (no `key`) or `{for k, v in c : k => x... if p}` (with `key`). */
export interface ForExpr extends Spanned {
  kind: 'for';
  keyVar?: string;
  valueVar: string;
  collection: Expr;
  key?: Expr;
  value: Expr;
  cond?: Expr;
  group: boolean;
}
