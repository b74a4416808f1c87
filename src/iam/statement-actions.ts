import type { CatalogAction } from './catalog.ts';
import { serviceActions, servicePrefixes } from './catalog.ts';
import { expandAction, globToRegExp } from './action-pattern.ts';
import type { StatementView } from './statement.ts';

/**
 * The catalog actions a statement names: Action expanded against the catalog, or, for NotAction, every action
 * but those it lists. `services` limits both to the services the policy can apply to (a bucket policy's `*` is
 * every S3 action, not every action of AWS). Action elements only known at deploy time are left out; a NotAction
 * with such an element gives nothing, since it could exclude anything.
 */
export function actionsOf(st: StatementView, services?: ReadonlySet<string>): CatalogAction[] {
  const inScope = (a: CatalogAction) => !services || services.has(a.service);
  const out = new Map<string, CatalogAction>();
  if (st.action) {
    for (const e of st.action.items) {
      if (e.text === null) continue;
      for (const a of expandAction(e.text) ?? []) if (inScope(a)) out.set(a.id, a);
    }
  } else if (st.notAction) {
    if (st.notAction.items.some((e) => e.text === null)) return [];
    const excluded = st.notAction.items.map((e) => globToRegExp(e.text!));
    const universe = services ? [...services].flatMap((p) => serviceActions(p) ?? []) : servicePrefixes().flatMap((p) => serviceActions(p) ?? []);
    for (const a of universe) if (!excluded.some((re) => re.test(a.id))) out.set(a.id, a);
  }
  return [...out.values()];
}
