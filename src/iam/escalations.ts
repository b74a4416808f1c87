import type { Unit } from '../model/model.ts';
import { memoByScenario } from '../model/memo-by-scenario.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Clause } from './clause.ts';
import type { EscalationMethod, Need } from './escalation-methods.ts';
import { ESCALATION_METHODS } from './escalation-methods.ts';
import { allowsEverything } from './full-access.ts';
import type { Grant, Permissions } from './grants.ts';
import { findGrant } from './grants.ts';
import type { Principal } from './principals.ts';
import { unitPrincipals } from './principals.ts';
import { UnitMemo } from '../model/unit-memo.ts';

/** A way a principal can escalate, with the grants (one per need) that make it. */
export interface Escalation {
  method: EscalationMethod;
  grants: { need: Need; grant: Grant }[];
  conditional: boolean;
  conditionKeys: string[];
}

/**
 * Full administrator access: every escalation method is open, through an Allow of `*` on `*` (`clause`) or
 * through statements that together leave nothing closed (a NotAction of one service, a long list).
 */
export interface FullAccess {
  clause?: Clause;
  boundary?: Clause;
  methods: Escalation[];
  conditional: boolean;
  conditionKeys: string[];
}

export interface PrincipalEscalations {
  principal: Principal;
  /** Set when the principal has full access; the methods are then not reported one by one. */
  fullAccess?: FullAccess;
  methods: Escalation[];
}

function meets(perms: Permissions, method: EscalationMethod): Escalation | null {
  const grants: Escalation['grants'] = [];
  for (const group of method.requires) {
    let chosen: Escalation['grants'] | null = null;
    for (const alt of group) {
      const needs = Array.isArray(alt) ? alt : [alt];
      const found = needs.map((need) => ({ need, grant: findGrant(perms, need) }));
      if (found.some((f) => f.grant === null)) continue;
      const got = found as Escalation['grants'];
      if (!got.some((g) => g.grant.conditional)) {
        chosen = got;
        break;
      }
      chosen ??= got;
    }
    if (!chosen) return null;
    grants.push(...chosen);
  }
  const conditional = grants.some((g) => g.grant.conditional);
  return { method, grants, conditional, conditionKeys: [...new Set(grants.flatMap((g) => g.grant.conditionKeys))] };
}

/**
 * The services whose actions the Allow statements may grant (lower case), or 'any' when one of them names a
 * service by a wildcard or uses NotAction. Most principals are granted a few services and no method's actions:
 * their methods are ruled out without a search (findGrant needs an Allow of each action).
 */
function grantedServices(clauses: Clause[]): Set<string> | 'any' {
  const out = new Set<string>();
  for (const c of clauses) {
    if (c.effect !== 'Allow') continue;
    if (c.actions.except) return 'any';
    for (const p of c.actions.items) {
      const colon = p.glob.indexOf(':');
      const service = colon < 0 ? p.glob : p.glob.slice(0, colon);
      if (/[*?]/.test(service)) return 'any';
      out.add(service.toLowerCase());
    }
  }
  return out;
}

/** Whether every group of the method has an alternative whose actions are all of granted services. */
function possible(m: EscalationMethod, services: Set<string> | 'any'): boolean {
  if (services === 'any') return true;
  // Plain loops: 33 methods for every principal, mostly before this is optimised.
  for (const group of m.requires) {
    let some = false;
    for (let k = 0; k < group.length && !some; k++) {
      const alt = group[k];
      some = Array.isArray(alt) ? alt.every((need) => granted(need, services)) : granted(alt, services);
    }
    if (!some) return false;
  }
  return true;
}

/** Whether every action of the need is of a granted service. */
function granted(need: Need, services: Set<string>): boolean {
  const of = servicesOf(need);
  for (let i = 0; i < of.length; i++) if (!services.has(of[i])) return false;
  return true;
}

/** The services of a need's actions (lower case), worked out once per need: the methods are constants. */
const needServices = new WeakMap<Need, string[]>();
function servicesOf(need: Need): string[] {
  let of = needServices.get(need);
  if (!of) {
    of = need.actions.flatMap((a) => (a.indexOf(':') < 0 ? [] : [a.slice(0, a.indexOf(':')).toLowerCase()]));
    needServices.set(need, of);
  }
  return of;
}

/**
 * The escalation methods open to a principal. When all of them are, that is full access, reported once instead
 * of method by method; a principal whose permissions boundary is only known at deploy time gets none.
 */
export function escalationsOf(principal: Principal): PrincipalEscalations {
  if (principal.boundaryUnknown) return { principal, methods: [] };
  const perms = principal.permissions;
  const services = grantedServices(perms.clauses);
  const methods = ESCALATION_METHODS.map((m) => (possible(m, services) ? meets(perms, m) : null)).filter((m): m is Escalation => m !== null);
  if (methods.length < ESCALATION_METHODS.length) return { principal, methods };
  const boundary = perms.boundary?.find(allowsEverything);
  const clause = !perms.boundary || boundary ? perms.clauses.find(allowsEverything) : undefined;
  const used = clause ? [clause, ...(boundary ? [boundary] : [])] : [];
  const keys = [...new Set([...used.flatMap((c) => c.verdict().keys), ...methods.flatMap((m) => m.conditionKeys)])];
  const conditional = used.some((c) => c.verdict().effect === 'narrowing') || methods.some((m) => m.conditional);
  return { principal, fullAccess: { ...(clause ? { clause } : {}), ...(clause && boundary ? { boundary } : {}), methods, conditional, conditionKeys: keys }, methods: [] };
}

const cache = new UnitMemo<Unit, (s: Scenario) => PrincipalEscalations[]>();

/** Every principal of the unit with its escalations, computed once per unit and scenario for all the rules. */
export function unitEscalations(unit: Unit, s: Scenario): PrincipalEscalations[] {
  let f = cache.get(unit);
  if (!f) {
    f = memoByScenario((sc) => unitPrincipals(unit, sc).map(escalationsOf));
    cache.set(unit, f);
  }
  return f(s);
}
