import type { Path } from '../core/range.ts';
import type { CatalogAction } from './catalog.ts';
import type { Clause, Pattern } from './clause.ts';
import { globMatches } from './glob-match.ts';
import { denyApplies } from './grants.ts';
import { mayCover } from './resource-target.ts';
import { actionTargets, allWriteActions, sampleWriteActions, writeActionsMatching } from './write-actions.ts';

/** One Action element (or a NotAction list) of an Allow that reaches every resource with write actions. */
export interface WriteOnEveryResource {
  /** The element as written, or `every action except …` for NotAction. */
  text: string;
  path: Path;
  /** An action named in full, rather than a pattern that stands for several. */
  exact: boolean;
  /** Actions that reach every resource whatever the Denies' conditions, then those only when they do not hold. */
  always: CatalogAction[];
  conditionally: CatalogAction[];
  /** Whether the lists are complete, or a sample of a set too large to read (`*`, NotAction). */
  complete: boolean;
}

interface Candidates {
  actions: CatalogAction[];
  complete: boolean;
}

const exceptCache = new Map<string, CatalogAction[]>();

/** Every scopable write action but those a NotAction list names, remembered per list. */
function allExcept(globs: string[]): CatalogAction[] {
  const key = globs.join('\u0000');
  let out = exceptCache.get(key);
  if (!out) {
    out = allWriteActions().filter((a) => !globs.some((g) => globMatches(g, a.id, true)));
    exceptCache.set(key, out);
  }
  return out;
}

const isWideService = (glob: string) => /[*?]/.test(glob.split(':')[0]);
const ALL_ACTIONS = /^\*+(:\*+)?$/;

/**
 * Candidate actions of an Action pattern, or of a NotAction list; for the huge sets (`s*:Put*`, NotAction) a
 * sample first, so the whole catalog is only read when no sampled action survives.
 */
function candidates(allow: Clause, pattern: Pattern | null): (() => Candidates)[] {
  if (pattern && !isWideService(pattern.glob)) return [() => ({ actions: writeActionsMatching(pattern.glob) ?? [], complete: true })];
  const excluded = allow.actions.items.map((p) => p.glob);
  const inSample = (a: CatalogAction) => {
    const name = a.id;
    return pattern ? globMatches(pattern.glob, name, true) : !excluded.some((g) => globMatches(g, name, true));
  };
  return [
    () => ({ actions: sampleWriteActions().filter(inSample), complete: false }),
    () => ({ actions: pattern ? (writeActionsMatching(pattern.glob) ?? []) : allExcept(excluded), complete: true }),
  ];
}

const unconditional = (d: Clause) => ['none', 'unknown'].includes(d.verdict().effect);

/** A Deny of every action on every resource, without condition: nothing an Allow grants is left. */
export const deniesEverything = (denies: Clause[]): boolean =>
  denies.some((d) => !d.actions.except && !d.resources.except && d.actions.items.some((p) => ALL_ACTIONS.test(p.glob)) && d.resources.items.some((p) => /^\*+$/.test(p.glob)) && unconditional(d));

/**
 * Whether the action still reaches every resource of its types for some identity the statement applies to:
 * not when NotResource excludes them all, nor when a Deny of that identity covers them all.
 */
function survives(a: CatalogAction, allow: Clause, denySets: Clause[][]): 'yes' | 'conditionally' | 'no' {
  const targets = actionTargets(a);
  if (targets.length === 0) return 'no';
  if (allow.resources.except && targets.every((t) => allow.resources.items.some((p) => mayCover(p.glob, t)))) return 'no';
  const name = a.id;
  let best: 'yes' | 'conditionally' | 'no' = 'no';
  for (const denies of denySets) {
    // No Deny for this identity (the usual case): nothing takes the action back.
    if (denies.length === 0) return 'yes';
    const applying = denies.filter((d) => targets.every((t) => denyApplies(d, name, t)));
    if (applying.some(unconditional)) continue;
    if (applying.length === 0) return 'yes';
    best = 'conditionally';
  }
  return best;
}

/**
 * The elements of an Allow on every resource (`Resource: "*"`, or NotResource) that grant write or
 * permissions-management actions that could be limited to resources, after the Denies of each identity it
 * applies to (`denySets`, one list per identity). An Action of `*` is left out: it is full administrator access,
 * which other rules report as such.
 */
export function writesOnEveryResource(allow: Clause, denySets: Clause[][]): WriteOnEveryResource[] {
  if (allow.effect !== 'Allow') return [];
  const v = allow.verdict().effect;
  if (v === 'unusable' || v === 'unknown') return [];
  if (!allow.resources.except && !allow.resources.items.some((p) => p.glob === '*')) return [];
  if (denySets.every(deniesEverything)) return [];
  const subjects = allow.actions.except
    ? [{ text: `every action except ${allow.actions.items.map((p) => p.text).join(', ')}`, path: allow.statement.notAction!.value.path, exact: false, pattern: null }]
    : allow.actions.items.filter((p) => !ALL_ACTIONS.test(p.glob)).map((p) => ({ text: p.text, path: p.value.path, exact: !/[*?]/.test(p.glob), pattern: p }));
  const out: WriteOnEveryResource[] = [];
  for (const { pattern, ...s } of subjects) {
    for (const next of candidates(allow, pattern)) {
      const set = next();
      const always: CatalogAction[] = [];
      const conditionally: CatalogAction[] = [];
      for (const a of set.actions) {
        const r = survives(a, allow, denySets);
        if (r === 'yes') always.push(a);
        else if (r === 'conditionally') conditionally.push(a);
      }
      if (always.length + conditionally.length === 0) continue;
      out.push({ ...s, always, conditionally, complete: set.complete });
      break;
    }
  }
  return out;
}
