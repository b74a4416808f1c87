import type { Clause, Pattern } from './clause.ts';
import type { RequestContext } from './condition-effect.ts';
import { globMatches } from './glob-match.ts';
import type { Target } from './resource-target.ts';
import { isOpenTarget, mayCover, opaqueTarget, surelyCovers, targetWitness } from './resource-target.ts';
import { UnitMemo } from '../model/unit-memo.ts';

/** What applies to one principal: its identity statements and, when it has one, its permissions boundary. */
export interface Permissions {
  clauses: Clause[];
  /** Statements of the permissions boundary; a grant must be allowed by both. */
  boundary?: Clause[];
  /** Template resources that are the principal's own (itself, its groups, its policies), with their ARN class. */
  own?: Map<string, string>;
}

/** Some actions that must reach one and the same resource of a class. */
export interface Query {
  actions: string[];
  /** ARN pattern of the resources concerned (`arn:*:iam::*:role/*`), or `*` for actions without resource types. */
  on: string;
  /** Whether a grant on the principal's own identity or policies counts (changing one's own policies does). */
  own?: boolean;
  /**
   * The attacker makes the resource and names it (a new function, instance, stack): a grant on one named
   * resource is enough, where for the others (a role to pass, a function to take over) it takes a wildcard.
   */
  creates?: boolean;
  /** What the attack's own request carries (`iam:PassedToService`), which decides conditions on those keys. */
  context?: RequestContext;
}

/** The statement that allows one action, and how it reaches the target. */
export interface Allowed {
  action: string;
  clause: Clause;
  /** The Resource element (or NotResource description) through which it reaches the target. */
  resource: string;
}

export interface Grant {
  target: Target;
  allowed: Allowed[];
  /** Statements of the permissions boundary that let the actions through. */
  boundary: Allowed[];
  /** Denies whose condition may or may not hold: the grant stands only when they do not. */
  conditionalDenies: { action: string; clause: Clause }[];
  conditional: boolean;
  /** Condition keys the grant depends on. */
  conditionKeys: string[];
}

/** One way a statement can reach resources: a Resource pattern, NotResource, or a reference to an own resource. */
type Way = { kind: 'pattern'; p: Pattern } | { kind: 'except'; items: Pattern[] } | { kind: 'own'; id: string; text: string };

const MAX_COMBINATIONS = 4096;

export function actionSurelyIn(c: Clause, action: string): boolean {
  const hit = c.actions.items.some((p) => globMatches(p.glob, action, true));
  return c.actions.except ? !hit : hit;
}

function usable(c: Clause, context: RequestContext | undefined): boolean {
  const e = c.verdict(context).effect;
  return e !== 'unusable' && e !== 'unknown';
}

function waysOf(c: Clause, q: Query, own: Map<string, string> | undefined): Way[] {
  if (c.resources.except) return [{ kind: 'except', items: c.resources.items }];
  const ways: Way[] = c.resources.items.map((p) => ({ kind: 'pattern', p }));
  if (q.own && own) {
    for (const r of c.resources.refs) {
      for (const id of r.ids) if (own.get(id) === q.on) ways.push({ kind: 'own', id, text: r.text });
    }
  }
  return ways;
}

function describe(w: Way): string {
  if (w.kind === 'pattern') return w.p.text;
  if (w.kind === 'own') return w.text;
  return `every resource except ${w.items.map((p) => p.text).join(', ')}`;
}

/** The resource every chosen way reaches, if any. */
function targetOf(ways: Way[], cls: string, creates: boolean): Target | null {
  const owns = new Set(ways.flatMap((w) => (w.kind === 'own' ? [w.id] : [])));
  if (owns.size > 1) return null;
  const globs = ways.flatMap((w) => (w.kind === 'pattern' ? [w.p.glob] : []));
  let t: Target | null;
  if (owns.size === 1) {
    t = opaqueTarget(cls);
    if (t && !globs.every((g) => surelyCovers(g, t!))) return null;
  } else t = targetWitness(cls, globs);
  if (!t || !(creates || isOpenTarget(t))) return null;
  for (const w of ways) if (w.kind === 'except' && w.items.some((p) => mayCover(p.glob, t!))) return null;
  return t;
}

/** Whether a Deny may apply to the action on the target. */
export function denyApplies(d: Clause, action: string, t: Target): boolean {
  const actionHit = d.actions.items.some((p) => globMatches(p.glob, action, true));
  if (d.actions.except ? actionHit : !actionHit) return false;
  if (d.resources.except) return !d.resources.items.some((p) => surelyCovers(p.glob, t));
  return d.resources.items.some((p) => mayCover(p.glob, t));
}

/**
 * Calls `visit` with every way to pick one element of each list (at most MAX_COMBINATIONS of them) until it
 * returns true. An odometer over indices: no array is made per pick but the one passed, reused.
 */
function forEachPick<T>(lists: T[][], visit: (pick: T[]) => boolean): void {
  const index = lists.map(() => 0);
  const pick = lists.map((l) => l[0]);
  for (let n = 0; n < MAX_COMBINATIONS; n++) {
    if (visit(pick)) return;
    let i = lists.length - 1;
    while (i >= 0 && ++index[i] === lists[i].length) {
      index[i] = 0;
      pick[i] = lists[i][0];
      i--;
    }
    if (i < 0) return;
    pick[i] = lists[i][index[i]];
  }
}

interface Candidate {
  action: string;
  clause: Clause;
  way: Way;
}

const actionCache = new UnitMemo<Clause, Map<string, boolean>>();
/** actionSurelyIn, remembered per statement: every method asks the same statements about the same actions. */
function allows(c: Clause, action: string): boolean {
  let m = actionCache.get(c);
  if (!m) actionCache.set(c, (m = new Map()));
  let hit = m.get(action);
  if (hit === undefined) m.set(action, (hit = actionSurelyIn(c, action)));
  return hit;
}

/** The ways each action is allowed, one list per action; null as soon as one action has none. */
function candidates(clauses: Clause[], q: Query, own: Map<string, string> | undefined): Candidate[][] | null {
  const out: Candidate[][] = [];
  for (const a of q.actions) {
    const list: Candidate[] = [];
    for (const c of clauses) {
      if (c.effect !== 'Allow' || !allows(c, a) || !usable(c, q.context)) continue;
      for (const way of waysOf(c, q, own)) list.push({ action: a, clause: c, way });
    }
    if (list.length === 0) return null;
    out.push(list);
  }
  return out;
}

export function findGrant(perms: Permissions, q: Query): Grant | null {
  const identity = candidates(perms.clauses, q, perms.own);
  if (!identity) return null;
  const boundary = perms.boundary ? candidates(perms.boundary, q, perms.own) : [];
  if (!boundary) return null;
  const denies = [...perms.clauses, ...(perms.boundary ?? [])].filter((c) => c.effect === 'Deny' && c.verdict(q.context).effect !== 'unusable');
  let best: Grant | null = null;
  forEachPick([...identity, ...boundary], (pick) => {
    const t = targetOf(
      pick.map((x) => x.way),
      q.on,
      q.creates === true,
    );
    if (!t) return false;
    const conditionalDenies: Grant['conditionalDenies'] = [];
    for (const a of q.actions) {
      for (const d of denies) {
        if (!denyApplies(d, a, t)) continue;
        const e = d.verdict(q.context).effect;
        if (e === 'none' || e === 'unknown') return false;
        conditionalDenies.push({ action: a, clause: d });
      }
    }
    const used = [...pick.map((x) => x.clause), ...conditionalDenies.map((x) => x.clause)];
    const keys = [...new Set(used.flatMap((c) => c.verdict(q.context).keys))];
    const conditional = conditionalDenies.length > 0 || pick.some((x) => x.clause.verdict(q.context).effect === 'narrowing');
    const toAllowed = (x: Candidate): Allowed => ({ action: x.action, clause: x.clause, resource: describe(x.way) });
    const grant: Grant = {
      target: t,
      allowed: pick.slice(0, identity.length).map(toAllowed),
      boundary: pick.slice(identity.length).map(toAllowed),
      conditionalDenies,
      conditional,
      conditionKeys: keys,
    };
    if (!conditional) {
      best = grant;
      return true;
    }
    best ??= grant;
    return false;
  });
  return best;
}
