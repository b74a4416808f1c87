import type { Value } from '../../model/value.ts';
import type { Expr, LiteralExpr } from '../../parse/hcl-ast.ts';
import type { Decl } from './config.ts';

/**
 * Terraform converts a variable's value to its declared primitive type: `"8080"` given for a `number` is 8080,
 * `"true"` for a `bool` is true, a number for a `string` is its text. Other types are taken as given.
 */
export function convertToType(v: Value, type: Expr | undefined): Value {
  if (!type || v.kind !== 'scalar' || v.value === null) return v;
  const name = type.kind === 'variable' ? type.name : type.kind === 'literal' ? String(type.value) : undefined;
  if (name === 'string' && typeof v.value !== 'string') return { ...v, value: String(v.value) };
  if (name === 'number' && typeof v.value === 'string' && v.value.trim() !== '' && !Number.isNaN(Number(v.value))) return { ...v, value: Number(v.value) };
  if (name === 'bool' && (v.value === 'true' || v.value === 'false')) return { ...v, value: v.value === 'true' };
  return v;
}

/** Whether a value given on the command line is taken as text (`string`, or no type) or as an HCL expression. */
export function isStringTyped(type: Expr | undefined): boolean {
  if (!type) return true;
  const name = type.kind === 'variable' ? type.name : type.kind === 'literal' ? String(type.value) : undefined;
  return name === 'string';
}

/**
 * The values a variable without a value may take, when a validation says so the usual way
 * (`condition = contains(["dev", "prod"], var.env)`): like a CloudFormation parameter's AllowedValues, each
 * becomes a branch to explore.
 */
export function allowedValues(decl: Decl, name: string): { value: string | number | boolean; expr: LiteralExpr }[] | undefined {
  for (const item of decl.body.items) {
    if (item.kind !== 'block' || item.type !== 'validation') continue;
    for (const a of item.body.items) {
      if (a.kind !== 'attribute' || a.name !== 'condition') continue;
      const c = a.expr;
      if (c.kind !== 'call' || c.name !== 'contains' || c.args.length !== 2) continue;
      const [list, subject] = c.args;
      const isVar = subject.kind === 'getattr' && subject.name === name && subject.target.kind === 'variable' && subject.target.name === 'var';
      if (!isVar || list.kind !== 'tuple' || list.items.length === 0) continue;
      const values: { value: string | number | boolean; expr: LiteralExpr }[] = [];
      for (const i of list.items) {
        if (i.kind !== 'literal' || i.value === null) return undefined;
        values.push({ value: i.value, expr: i });
      }
      return values;
    }
  }
  return undefined;
}
