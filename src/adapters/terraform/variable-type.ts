import type { Value } from '../../model/value.ts';
import type { Expr } from '../../parse/hcl-ast.ts';

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
