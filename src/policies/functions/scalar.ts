import type { Value } from '../../model/value.ts';

/**
 * CloudFormation coerces scalars: `"true"` is true, `"443"` is 443. Compares the way it would, so policies need
 * not list every spelling.
 */
export function looseEquals(actual: string | number | boolean | null, expected: unknown, caseInsensitive = false): boolean {
  if (typeof expected === 'boolean') return String(actual).toLowerCase() === String(expected);
  // Only text is coerced to a number: true is not 1, and blank text is not 0.
  if (typeof expected === 'number') return typeof actual === 'number' ? actual === expected : typeof actual === 'string' && actual.trim() !== '' && Number(actual) === expected;
  if (expected === null) return actual === null;
  if (caseInsensitive) return String(actual).toLowerCase() === String(expected).toLowerCase();
  return String(actual) === String(expected);
}

/** Items of a value read as a list: IAM and CloudFormation accept one item where they accept a list. */
export function itemsOf(v: Value): Value[] {
  return v.kind === 'list' ? v.items : [v];
}
