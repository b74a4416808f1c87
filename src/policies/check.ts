import { closest } from '../core/closest.ts';
import type { Problem } from '../core/problem.ts';
import { FUNCTIONS } from './functions/index.ts';
import { parsePath } from './path.ts';
import { resourceTypes } from './resource-types.ts';
import type { Assertion, PolicySpec } from './types.ts';
import { validateOptions } from './validate-options.ts';

/**
 * What the schema cannot see: the id matches the file name, resource types and the first property of each path
 * exist (a misspelt one would make a rule that silently matches nothing), functions exist and their options fit.
 */
export function checkPolicy(spec: PolicySpec, file: string, baseName: string): Problem[] {
  const problems: Problem[] = [];
  const add = (code: string, message: string, path: (string | number)[]) => problems.push({ code, message, path, file });
  if (spec.id.replace(/\//g, '.') !== baseName && spec.id.split('/').pop() !== baseName && spec.id.replace(/\//g, '-') !== baseName) {
    add('policy/id-mismatch', `id "${spec.id}" does not match the file name "${baseName}"`, ['id']);
  }
  const known = resourceTypes();
  spec.given.forEach((g, gi) => {
    const types = g.resources ?? [];
    types.forEach((t, ti) => {
      if (!known.has(t)) add('policy/unknown-resource-type', `unknown resource type "${t}"${suggest(t, [...known.keys()])}`, ['given', gi, 'resources', ti]);
    });
    const props = types.filter((t) => known.has(t)).map((t) => [t, known.get(t)!] as const);
    const firstKey = (p: string | undefined) => {
      const s = p ? parsePath(p)[0] : undefined;
      return s && 'key' in s ? s.key : undefined;
    };
    const checkProp = (p: string | undefined, at: (string | number)[]) => {
      const k = firstKey(p);
      if (!k) return;
      for (const [type, set] of props) {
        if (!set.has(k)) add('policy/unknown-property', `resource type ${type} has no property "${k}"${suggest(k, [...set])}`, at);
      }
    };
    if (g.each) checkProp(g.each, ['given', gi, 'each']);
    else {
      walkAssertion(spec.assert, ['assert'], (a, at) => checkProp(a.path, [...at, 'path']), true);
      if (g.where) walkAssertion(g.where, ['given', gi, 'where'], (a, at) => checkProp(a.path, [...at, 'path']), true);
    }
  });
  const checkFns = (root: Assertion, at: (string | number)[]) =>
    walkAssertion(root, at, (a, p) => {
      if (!('fn' in a)) return;
      const fn = FUNCTIONS[a.fn];
      if (!fn) return add('policy/unknown-function', `unknown function "${a.fn}"${suggest(a.fn, Object.keys(FUNCTIONS))}`, [...p, 'fn']);
      for (const msg of [...validateOptions(fn, a.options ?? {}), ...(fn.checkOptions?.(a.options ?? {}) ?? [])]) add('policy/invalid-options', `options of ${a.fn}: ${msg}`, [...p, 'options']);
    }, false);
  checkFns(spec.assert, ['assert']);
  spec.given.forEach((g, gi) => g.where && checkFns(g.where, ['given', gi, 'where']));
  return problems;
}

/**
 * Visits assertions. With `topLevelOnly`, stops at every/some, whose paths are relative to list items and so
 * cannot be checked against the resource's properties.
 */
function walkAssertion(a: Assertion, at: (string | number)[], visit: (a: Assertion & { path?: string }, at: (string | number)[]) => void, topLevelOnly: boolean): void {
  visit(a as Assertion & { path?: string }, at);
  if ('all' in a) a.all.forEach((x, i) => walkAssertion(x, [...at, 'all', i], visit, topLevelOnly));
  else if ('any' in a) a.any.forEach((x, i) => walkAssertion(x, [...at, 'any', i], visit, topLevelOnly));
  else if ('not' in a) walkAssertion(a.not, [...at, 'not'], visit, topLevelOnly);
  else if (!topLevelOnly && 'every' in a) walkAssertion(a.every, [...at, 'every'], visit, topLevelOnly);
  else if (!topLevelOnly && 'some' in a) walkAssertion(a.some, [...at, 'some'], visit, topLevelOnly);
}

function suggest(word: string, candidates: string[]): string {
  const best = closest(word, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
}
