import type { PolicyDocument } from '../model/model.ts';
import type { StatementView } from './statement.ts';

/**
 * How messages name a statement: `WebsitePolicy.PolicyDocument Statement[1] (PublicRead)`, `the policy
 * Statement[0]` for a standalone document (its file is the finding's), and just the resource for a Lambda
 * permission, whose one statement is written as properties.
 */
export function statementLabel(doc: PolicyDocument, st: StatementView): string {
  if (doc.owner?.type === 'AWS::Lambda::Permission') return doc.name;
  return `${doc.owner ? doc.name : 'the policy'} Statement[${st.index}]${st.sid ? ` (${st.sid})` : ''}`;
}
