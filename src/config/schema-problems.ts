import type { ErrorObject } from 'ajv';
import { reduceAnyOf } from './any-of-errors.ts';
import { closest } from '../core/closest.ts';
import { pathText } from './path-text.ts';
import { instanceSegments, schemaAt, valueAt } from './schema-pointer.ts';
import type { ConfigProblem } from './types.ts';
import { listOr, withArticle } from './words.ts';

type Json = Record<string, unknown>;
type Path = (string | number)[];

function got(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value !== null && typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

function didYouMean(value: unknown, candidates: unknown[]): string {
  const strings = candidates.filter((c): c is string => typeof c === 'string');
  const suggestion = typeof value === 'string' ? closest(value, strings) : undefined;
  return suggestion ? `; did you mean "${suggestion}"?` : '';
}

function subject(path: Path): string {
  return path.length ? pathText(path) : 'the config';
}

function unknownKey(error: ErrorObject, at: Path, root: Json): { path: Path; message: string } {
  const key = String(error.params.additionalProperty);
  const parent = schemaAt(root, error.schemaPath.replace(/\/additionalProperties$/, ''));
  const allowed = Object.keys((parent?.properties as Json | undefined) ?? {});
  const where = at.length ? `in ${pathText(at)}` : 'at the top level';
  const hint = didYouMean(key, allowed) || (allowed.length ? `; allowed keys are ${allowed.join(', ')}` : '');
  return { path: [...at, key], message: `unknown key "${key}" ${where}${hint}` };
}

function convert(error: ErrorObject, data: unknown, root: Json): Omit<ConfigProblem, 'file'> {
  const at = instanceSegments(data, error.instancePath);
  const value = valueAt(data, at);
  switch (error.keyword) {
    case 'additionalProperties':
      return { code: 'config/unknown-key', ...unknownKey(error, at, root) };
    case 'required': {
      const key = String(error.params.missingProperty);
      return { code: 'config/missing-key', path: [...at, key], message: `${subject(at)} is missing the required key "${key}"` };
    }
    case 'type': {
      const expected = listOr(String(error.params.type).split(',').map(withArticle));
      return { code: 'config/wrong-type', path: at, message: `${subject(at)} must be ${expected} (got ${got(value)})` };
    }
    case 'enum': {
      const allowed = error.params.allowedValues as unknown[];
      const message = `${subject(at)} must be ${listOr(allowed.map((v) => JSON.stringify(v)))} (got ${got(value)})${didYouMean(value, allowed)}`;
      return { code: 'config/invalid-value', path: at, message };
    }
    case 'minItems':
    case 'minLength':
      if (error.params.limit === 1) return { code: 'config/invalid-value', path: at, message: `${subject(at)} must not be empty` };
      break;
    case 'minimum':
      return { code: 'config/invalid-value', path: at, message: `${subject(at)} must be at least ${error.params.limit} (got ${got(value)})` };
  }
  return { code: 'config/invalid-value', path: at, message: `${subject(at)} ${error.message ?? 'is not valid'}` };
}

/**
 * Turns ajv's errors into problems that name the offending key and say what would be accepted.
 * `schema` is the one the validator was compiled from, read for allowed keys and anyOf branches.
 */
export function schemaProblems(errors: ErrorObject[], data: unknown, schema: Json, file: string): ConfigProblem[] {
  const { errors: kept, mismatches } = reduceAnyOf(errors, schema);
  const problems = kept.map((error) => ({ ...convert(error, data, schema), file }));
  for (const { error, expected } of mismatches) {
    const at = instanceSegments(data, error.instancePath);
    problems.push({ code: 'config/wrong-type', path: at, message: `${subject(at)} must be ${listOr(expected)} (got ${got(valueAt(data, at))})`, file });
  }
  // The same mistake can fail twice (a $ref'd definition used in two anyOf branches); say it once.
  const unique = new Map(problems.map((p) => [`${p.code}\0${p.message}`, p]));
  return [...unique.values()];
}
