import type { Path } from '../core/range.ts';
import type { Value } from '../model/value.ts';
import { FUNCTIONS } from './functions/index.ts';
import type { Truth } from './functions/types.ts';
import type { Reached } from './path.ts';
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

/** An assertion compiled into a function of the subject and the path of the object it belongs to. */
export type Check = (subject: Value | undefined, base: Path) => Outcome;

const compiled = new WeakMap<Assertion, Check>();

/**
 * Evaluates an assertion on a subject, three-valued: `all` is false when any part is false, unknown when none
 * is false but one is unknown; `any` the dual; `not` flips true and false and keeps unknown.
 */
export function evaluate(a: Assertion, subject: Value | undefined, base: Path): Outcome {
  return compileAssertion(a)(subject, base);
}

/**
 * The assertion as a function, made once per assertion: the tree is read when the policy is compiled, not on
 * every resource (which branch, which path segments, which function), and parts are evaluated in order without
 * a closure each.
 */
export function compileAssertion(a: Assertion): Check {
  let check = compiled.get(a);
  if (!check) compiled.set(a, (check = compile(a)));
  return check;
}

function compile(a: Assertion): Check {
  if ('all' in a) {
    const parts = a.all.map(compileAssertion);
    return (subject, base) => combine(parts.length, (i) => parts[i](subject, base), 'all');
  }
  if ('any' in a) {
    const parts = a.any.map(compileAssertion);
    return (subject, base) => combine(parts.length, (i) => parts[i](subject, base), 'any');
  }
  if ('not' in a) {
    const inner = compileAssertion(a.not);
    return (subject, base) => {
      const o = inner(subject, base);
      return { truth: o.truth === 'unknown' ? 'unknown' : !o.truth, blame: o.blame };
    };
  }
  if ('every' in a || 'some' in a) {
    const nested = compileAssertion('every' in a ? a.every : a.some);
    const mode = 'every' in a ? 'all' : 'any';
    const segs = [...parsePath(a.path), { each: true as const }];
    return (subject, base) => {
      const places = walk(subject, segs, subject?.path ?? base);
      return combine(
        places.length,
        (i): Outcome => {
          const r = places[i];
          if (r.blocked) return { truth: 'unknown', blame: [r] };
          // An absent list has no items: every item trivially complies, and no item does.
          if (r.value === undefined) return { truth: mode === 'all', blame: [r] };
          return nested(r.value, r.path);
        },
        mode,
      );
    };
  }
  const fn = FUNCTIONS[a.fn];
  const segs = a.path ? parsePath(a.path) : undefined;
  const options = a.options ?? {};
  const quantifier = a.quantifier ?? 'all';
  const outcome = (r: Reached): Outcome => (r.blocked ? { truth: 'unknown', blame: [r] } : { truth: fn.evaluate(r.value, options), blame: [r] });
  return (subject, base) => {
    const places: Reached[] = segs ? walk(subject, segs, subject?.path ?? base) : [{ value: subject, path: subject?.path ?? base }];
    // One place, the usual case: its outcome is the combination's (see combine).
    if (places.length === 1) return outcome(places[0]);
    return combine(places.length, (i) => outcome(places[i]), quantifier);
  };
}

/**
 * Combines the outcomes of `count` parts, evaluated in order until one decides. One part's outcome is the
 * combination: decisive, unknown, or the other value with its own blame.
 */
function combine(count: number, part: (i: number) => Outcome, mode: 'all' | 'any'): Outcome {
  if (count === 1) return part(0);
  const decisive = mode === 'all' ? false : true;
  let seen: Outcome[] | undefined;
  let unknownPart: Outcome | undefined;
  for (let i = 0; i < count; i++) {
    const o = part(i);
    if (o.truth === decisive) return o;
    if (o.truth === 'unknown') unknownPart ??= o;
    (seen ??= []).push(o);
  }
  if (unknownPart) return unknownPart;
  return { truth: !decisive, blame: seen ? seen.flatMap((o) => o.blame) : [] };
}
