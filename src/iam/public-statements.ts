import type { PolicyDocument } from '../model/model.ts';
import type { Scenario } from '../model/scenario.ts';
import type { CatalogAction } from './catalog.ts';
import { fencedActions, key } from './deny-fences.ts';
import { narrowsCallers } from './narrowing-condition.ts';
import type { PublicGrant } from './public-principal.ts';
import { publicPrincipal } from './public-principal.ts';
import { resourcePolicyServices } from './resource-policy-services.ts';
import type { StatementView } from './statement.ts';
import { statementsOf } from './statement.ts';
import { actionsOf } from './statement-actions.ts';

export interface PublicStatement {
  statement: StatementView;
  grant: PublicGrant;
  /** The catalog actions it opens to everyone, within the services the policy applies to. */
  actions: CatalogAction[];
}

const TRUST_SERVICES: ReadonlySet<string> = new Set(['sts']);

/**
 * The Allow statements of a resource or trust policy that open actions to everyone: no condition on the
 * statement narrows who can call, and no Deny for everyone else in the document takes the actions back. Deny
 * statements never count as grants; neither do statements whose principal, actions or condition depend on
 * deploy-time values in a way that could make them narrow.
 */
export function publicStatements(doc: PolicyDocument, s: Scenario): PublicStatement[] {
  if (doc.kind !== 'resource' && doc.kind !== 'trust') return [];
  const statements = statementsOf(doc.document(s));
  const services = doc.kind === 'trust' ? TRUST_SERVICES : resourcePolicyServices(doc, statements);
  const out: PublicStatement[] = [];
  for (const statement of statements) {
    if (statement.effect !== 'Allow') continue;
    const grant = publicPrincipal(statement);
    if (!grant || narrowsCallers(statement.condition) !== false) continue;
    const fenced = fencedActions(statement, statements, services);
    const actions = actionsOf(statement, services).filter((a) => !fenced.has(key(a)));
    if (actions.length > 0) out.push({ statement, grant, actions });
  }
  return out;
}
