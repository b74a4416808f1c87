import type { Rule } from '../../engine/rule.ts';
import { conditionItems } from '../../iam/condition-items.ts';
import { lookupConditionKey } from '../../iam/condition-keys.ts';
import { operatorFit, parseOperator } from '../../iam/condition-operators.ts';
import { statementsOf } from '../../iam/statement.ts';

export const stringOperatorOnArnKey: Rule = {
  meta: {
    id: 'iam/string-operator-on-arn-key',
    title: 'ARN condition keys are compared with ARN operators',
    description:
      'String operators on an ARN-typed key (StringEquals on aws:SourceArn or ec2:InstanceProfile) work, comparing the ARN as ' +
      'plain text, but ARN operators say what is meant and match field by field: in ArnLike a wildcard stays within its field ' +
      'of the ARN, in StringLike it can run across the account and resource parts. AWS\'s policy validation gives the same ' +
      'advice. Informational: the condition does work.',
    severity: 'info',
    category: 'iam',
    messages: {
      stringOnArn: '{{operator}} compares {{key}} as text; it is an ARN key: ArnEquals or ArnLike match it field by field',
    },
    fix: 'Replace StringEquals with ArnEquals and StringLike with ArnLike (StringNotEquals and StringNotLike with ArnNotEquals and ArnNotLike).',
    references: {
      parliament: ['MISMATCHED_TYPE_BUT_USABLE'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN'],
    },
    recommended: false,
    source: 'src/rules/iam/string-operator-on-arn-key.ts',
  },
  create(context) {
    return {
      policyDocument(d) {
        const resource = d.owner?.id ?? null;
        for (const st of statementsOf(d.document(context.scenario))) {
          for (const { operator, key, value } of conditionItems(st.condition).items) {
            const op = parseOperator(operator);
            const found = op && lookupConditionKey(key);
            if (!op || found?.status !== 'known' || operatorFit(op.type, found.info.key, found.info.types) !== 'usable') continue;
            context.report({ messageId: 'stringOnArn', data: { operator, key: found.info.key }, path: value.path, key: true, resource });
          }
        }
      },
    };
  },
};
