import type { Path } from '../core/range.ts';
import type { Value } from '../model/value.ts';
import { FUNCTIONS } from './functions/index.ts';
import type { Truth } from './functions/types.ts';
import { parsePath, walk } from './path.ts';
import type { Assertion } from './types.ts';

/** A value that decided an outcome; a violation is reported at the first one. */
export interface Blame {
  path: Path;
  value: Value | undefined;
}

export interface Outcome {
  truth: Truth;
  blame: Blame[];
}

/**
 * Evaluates an assertion on a subject, three-valued: `all` is false when any part is false, unknown when none
 * is false but one is unknown; `any` the dual; `not` flips true and false and keeps unknown.
 */
export function evaluate(a: Assertion, subject: Value | undefined, base: Path): Outcome {
  if ('all' in a) return combine(a.all.map((x) => () => evaluate(x, subject, base)), 'all');
  if ('any' in a) return combine(a.any.map((x) => () => evaluate(x, subject, base)), 'any');
  if ('not' in a) {
    const o = evaluate(a.not, subject, base);
    return { truth: o.truth === 'unknown' ? 'unknown' : !o.truth, blame: o.blame };
  }
  if ('every' in a || 'some' in a) {
    const nested = 'every' in a ? a.every : a.some;
    const mode = 'every' in a ? 'all' : 'any';
    const places = walk(subject, [...parsePath(a.path), { each: true }], subject?.path ?? base);
    const parts = places.map((r) => () => {
      if (r.blocked) return { truth: 'unknown' as Truth, blame: [r] };
      // An absent list has no items: every item trivially complies, and no item does.
      if (r.value === undefined) return { truth: mode === 'all', blame: [r] } as Outcome;
      return evaluate(nested, r.value, r.path);
    });
    return combine(parts, mode);
  }
  const fn = FUNCTIONS[a.fn];
  const places = a.path ? walk(subject, parsePath(a.path), subject?.path ?? base) : [{ value: subject, path: subject?.path ?? base }];
  const parts = places.map((r) => (): Outcome => {
    if ('blocked' in r && r.blocked) return { truth: 'unknown', blame: [r] };
    return { truth: fn.evaluate(r.value, a.options ?? {}), blame: [r] };
  });
  return combine(parts, a.quantifier ?? 'all');
}

function combine(parts: (() => Outcome)[], mode: 'all' | 'any'): Outcome {
  const decisive = mode === 'all' ? false : true;
  const seen: Outcome[] = [];
  let unknownPart: Outcome | undefined;
  for (const part of parts) {
    const o = part();
    if (o.truth === decisive) return o;
    if (o.truth === 'unknown') unknownPart ??= o;
    seen.push(o);
  }
  if (unknownPart) return unknownPart;
  return { truth: !decisive, blame: seen.flatMap((o) => o.blame) };
}
