import type { CatalogAction } from './catalog.ts';
import { expandAction } from './action-pattern.ts';
import type { StatementView } from './statement.ts';

/**
 * The catalog actions a statement's Action names, or null when they cannot all be known: NotAction (everything
 * but), `*` or a pattern over services (every service, too many to load for a lint), or an Action only known at
 * deploy time. Names the catalog does not know are left out; iam/unknown-action reports them.
 */
export function statementCatalogActions(st: StatementView): CatalogAction[] | null {
  if (!st.action || st.notAction) return null;
  const out: CatalogAction[] = [];
  for (const e of st.action.items) {
    if (e.text === null || !/^[a-z0-9-]+:/i.test(e.text)) return null;
    out.push(...(expandAction(e.text) ?? []));
  }
  return out.length > 0 ? out : null;
}
