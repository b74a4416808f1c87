import type { PolicyDocument } from '../model/model.ts';
import type { Scenario } from '../model/scenario.ts';
import type { CatalogAction } from './catalog.ts';
import { key } from './deny-fences.ts';
import type { StatementView } from './statement.ts';
import { statementsOf } from './statement.ts';
import { actionsOf } from './statement-actions.ts';

export interface WriteGrant {
  action: CatalogAction;
  statement: StatementView;
  document: PolicyDocument;
}

const WRITE_LEVELS = new Set(['Write', 'Permissions management']);

/**
 * The Write and Permissions management actions that Allow statements of the documents grant, less those an
 * unconditional Deny on every resource takes back in any of them. A Deny limited by a condition or to some
 * resources leaves the grant standing somewhere, so it is not subtracted.
 */
export function writeGrants(documents: PolicyDocument[], s: Scenario): WriteGrant[] {
  const all = documents.flatMap((document) => statementsOf(document.document(s)).map((statement) => ({ document, statement })));
  const denied = new Set<string>();
  for (const { statement } of all) {
    if (statement.effect !== 'Deny' || statement.condition || statement.notResource) continue;
    if (statement.resource && !statement.resource.items.some((e) => e.text === '*')) continue;
    for (const a of actionsOf(statement)) denied.add(key(a));
  }
  const out = new Map<string, WriteGrant>();
  for (const { document, statement } of all) {
    if (statement.effect !== 'Allow') continue;
    for (const action of actionsOf(statement)) {
      if (!action.accessLevels.some((l) => WRITE_LEVELS.has(l)) || denied.has(key(action)) || out.has(key(action))) continue;
      out.set(key(action), { action, statement, document });
    }
  }
  return [...out.values()];
}
