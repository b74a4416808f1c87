import type { Clause } from './clause.ts';
import { expandAction } from './action-pattern.ts';

const ALL_ACTIONS = /^\*+(:\*+)?$/;

/**
 * Whether a NotAction pattern excludes nothing: its service is unknown or none of its actions match. Asked
 * per pattern, so only the services a policy names are loaded.
 */
function excludesNothing(glob: string): boolean {
  if (/^[^:]*[*?][^:]*:/.test(glob)) return false;
  const actions = expandAction(glob);
  return actions === null || actions.length === 0;
}

/**
 * Whether a clause is a usable Allow of every action on every resource: `*` (or `*:*`), or a NotAction that
 * excludes no real action, on `Resource: "*"`. Decided without expanding `*` against the catalog.
 */
export function allowsEverything(c: Clause): boolean {
  if (c.effect !== 'Allow' || c.resources.except || !c.resources.items.some((p) => /^\*+$/.test(p.glob))) return false;
  const e = c.verdict().effect;
  if (e === 'unusable' || e === 'unknown') return false;
  if (!c.actions.except) return c.actions.items.some((p) => ALL_ACTIONS.test(p.glob));
  return c.actions.items.every((p) => excludesNothing(p.glob));
}
