import type { ErrorObject } from 'ajv';
import { schemaAt } from './schema-pointer.ts';
import { withArticle } from './words.ts';

type Json = Record<string, unknown>;

/** A failed `anyOf` whose value fits none of the branches' types: reported once as a wrong type. */
export interface TypeMismatch {
  error: ErrorObject;
  /** What each branch accepts, e.g. "a string", "an array of strings". */
  expected: string[];
}

function describeBranch(root: Json, pointer: string): string | undefined {
  const branch = schemaAt(root, pointer);
  if (typeof branch?.type !== 'string') return undefined;
  const items = branch.type === 'array' ? schemaAt(root, `${pointer}/items`) : undefined;
  return typeof items?.type === 'string' ? `${withArticle(branch.type)} of ${items.type}s` : withArticle(branch.type);
}

/**
 * With allErrors, ajv reports every branch of a failed anyOf, most of which are noise: for `"extends": ["x"]`
 * it says the value is not a string, that "x" is not a preset, and that anyOf failed. This keeps only the errors
 * of the branches whose type the value has, and turns a value that fits no branch's type into one TypeMismatch.
 * Branch errors are recognised by schemaPath, so branches must be written inline rather than as a bare $ref.
 */
export function reduceAnyOf(errors: ErrorObject[], root: Json): { errors: ErrorObject[]; mismatches: TypeMismatch[] } {
  const dropped = new Set<ErrorObject>();
  const mismatches: TypeMismatch[] = [];
  for (const anyOf of errors) {
    if (anyOf.keyword !== 'anyOf') continue;
    dropped.add(anyOf);
    const branches = schemaAt(root, anyOf.schemaPath);
    if (!Array.isArray(branches)) continue;
    const prefix = `${anyOf.schemaPath}/`;
    const byBranch = branches.map((_, i) => errors.filter((e) => e.schemaPath.startsWith(`${prefix}${i}/`)));
    const typeFailed = byBranch.map((list) => list.some((e) => e.keyword === 'type' && e.instancePath === anyOf.instancePath));
    if (typeFailed.every(Boolean)) {
      for (const list of byBranch) for (const e of list) dropped.add(e);
      const expected = branches.map((_, i) => describeBranch(root, `${prefix}${i}`));
      // A branch without a plain type cannot be named; the anyOf error itself is then reported as it is.
      if (expected.every((x): x is string => x !== undefined)) mismatches.push({ error: anyOf, expected });
      else dropped.delete(anyOf);
    } else {
      byBranch.forEach((list, i) => typeFailed[i] && list.forEach((e) => dropped.add(e)));
    }
  }
  return { errors: errors.filter((e) => !dropped.has(e)), mismatches };
}
