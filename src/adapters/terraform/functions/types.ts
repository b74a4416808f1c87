import type { Value } from '../../../model/value.ts';
import type { Expr } from '../../../parse/hcl-ast.ts';
import type { Scope } from '../scope.ts';
import type { At } from '../values.ts';

export interface FnContext {
  /** Where the call is: the result stands there. */
  at: At;
  sc: Scope;
  /** The call as written, for the symbol of an unknown result. */
  symbol: string;
  /** For functions that evaluate a template of their own (templatefile). */
  evaluate: (e: Expr, sc: Scope) => Value;
}

/** A Terraform function on evaluated arguments. Unknown in, unknown out, unless the function can do better. */
export type Fn = (args: Value[], ctx: FnContext) => Value;
