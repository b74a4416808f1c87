import type { RuleContext } from '../engine/rule.ts';
import type { PolicyDocument } from '../model/model.ts';
import type { Via } from '../model/value.ts';
import { accessSummary } from './access-summary.ts';
import { statementLabel } from './labels.ts';
import type { PublicStatement } from './public-statements.ts';

/** Reports a public statement at its principal (or NotPrincipal), with the actions it opens by access level. */
export function reportPublic(context: RuleContext, doc: PolicyDocument, p: PublicStatement): void {
  const related: Via[] = [...(p.grant.value.via ?? [])];
  // A Lambda permission's condition, or one inside a JSON string, has no place of its own to point at.
  const condition = p.statement.condition;
  if (condition && condition.path.length > p.statement.path.length) related.push({ message: 'this condition does not narrow who can call', path: condition.path });
  context.report({
    messageId: p.grant.via === 'notPrincipal' ? 'notprincipalWithAllow' : 'principal',
    data: { statement: statementLabel(doc, p.statement), principal: p.grant.text, actions: accessSummary(p.actions) },
    path: p.grant.value.path,
    resource: doc.owner?.id ?? null,
    related,
  });
}
