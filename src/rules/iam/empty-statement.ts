import type { Rule } from '../../engine/rule.ts';
import { documentTarget } from '../../iam/document-target.ts';
import { statementsOf } from '../../iam/statement.ts';
import { field } from '../../model/value.ts';

const LISTS = ['Action', 'NotAction', 'Resource', 'NotResource'];

export const emptyStatement: Rule = {
  meta: {
    id: 'iam/empty-statement',
    title: 'Policies and statements are not empty',
    description:
      'A policy needs at least one statement, a statement needs content, and Action, NotAction, Resource and NotResource ' +
      'need at least one entry. IAM refuses a policy without statements or with an empty list, so the deployment fails; in a ' +
      'template this is often a list emptied by a condition (Fn::If with AWS::NoValue) in one of its branches, which the ' +
      'finding names.',
    severity: 'error',
    category: 'iam',
    messages: {
      noStatement: 'The policy has no statement',
      emptyStatement: 'This statement is empty',
      emptyList: '{{element}} is an empty list: the statement applies to nothing',
    },
    fix: 'Add the statements and entries the policy needs, or remove the policy (or the statement).',
    references: {
      parliament: ['MALFORMED'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html'],
    },
    recommended: true,
    source: 'src/rules/iam/empty-statement.ts',
  },
  create(context) {
    return {
      policyDocument(d) {
        const doc = d.document(context.scenario);
        if (doc?.kind !== 'object') return;
        const resource = d.owner?.id ?? null;
        const statement = field(doc, 'Statement');
        if (statement?.kind === 'unknown') return;
        if (!statement || (statement.kind === 'list' && statement.items.length === 0)) {
          context.report({ ...documentTarget(d), ...(statement ? { path: statement.path, key: true } : {}), messageId: 'noStatement' });
          return;
        }
        for (const st of statementsOf(doc)) {
          if (st.value.kind === 'object' && st.value.entries.size === 0) {
            context.report({ messageId: 'emptyStatement', path: st.path, resource });
            continue;
          }
          for (const element of LISTS) {
            const v = field(st.value, element);
            if (v?.kind === 'list' && v.items.length === 0) context.report({ messageId: 'emptyList', data: { element }, path: v.path, key: true, resource });
          }
        }
      },
    };
  },
};
