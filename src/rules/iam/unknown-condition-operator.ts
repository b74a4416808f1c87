import type { Rule } from '../../engine/rule.ts';
import { conditionItems } from '../../iam/condition-items.ts';
import { OPERATOR_NAMES, parseOperator } from '../../iam/condition-operators.ts';
import { statementsOf } from '../../iam/statement.ts';
import { suggestName } from '../../iam/suggest.ts';

/** The nearest real operator, keeping the qualifiers that were written right. */
function suggestOperator(operator: string): string | undefined {
  const m = /^((?:ForAllValues|ForAnyValue):)?(.+?)(IfExists)?$/i.exec(operator)!;
  const base = suggestName(m[2], OPERATOR_NAMES);
  return base && `${m[1] ?? ''}${base}${m[3] && base !== 'Null' ? 'IfExists' : ''}`;
}

export const unknownConditionOperator: Rule = {
  meta: {
    id: 'iam/unknown-condition-operator',
    title: 'Condition operators exist',
    description:
      'A Condition block maps operators to keys: StringEquals, StringLike, NumericLessThan, DateGreaterThan, Bool, IpAddress, ' +
      'ArnLike, Null and the others of the IAM reference, each optionally with IfExists (but not Null) and with a ForAllValues: ' +
      'or ForAnyValue: prefix. IAM refuses a policy with any other operator, so a misspelt one (StringEqual, ArnMatches) fails ' +
      'the deployment, and a policy saved elsewhere (a bucket or key policy) may be refused at the worst moment. Checked in ' +
      'every statement, Deny included.',
    severity: 'error',
    category: 'iam',
    messages: {
      operator: '"{{operator}}" is not a condition operator{{hint}}',
    },
    fix: 'Use an operator of the IAM reference; the message suggests the nearest one.',
    references: {
      // Parliament reports an operator it does not know twice: as unknown, and as a type mismatch with the key.
      parliament: ['UNKNOWN_OPERATOR', 'MISMATCHED_TYPE'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html'],
    },
    recommended: true,
    source: 'src/rules/iam/unknown-condition-operator.ts',
  },
  examples: {
    cloudformation: `TeamInstancesPolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Action: [ec2:StartInstances, ec2:StopInstances, ec2:RebootInstances]
          Resource: !Sub arn:aws:ec2:\${AWS::Region}:\${AWS::AccountId}:instance/*
          Condition:
            StringEquals:
              aws:ResourceTag/team: platform
`,
    terraform: `resource "aws_iam_policy" "team_instances" {
  name = "team-instances"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["ec2:StartInstances", "ec2:StopInstances", "ec2:RebootInstances"]
      Resource = "arn:aws:ec2:*:*:instance/*"
      Condition = {
        StringEquals = { "aws:ResourceTag/team" = "platform" }
      }
    }]
  })
}
`,
  },
  create(context) {
    return {
      policyDocument(d) {
        const resource = d.owner?.id ?? null;
        for (const st of statementsOf(d.document(context.scenario))) {
          for (const { operator, block } of conditionItems(st.condition).operators) {
            if (parseOperator(operator)) continue;
            const suggestion = suggestOperator(operator);
            context.report({ messageId: 'operator', data: { operator, hint: suggestion ? ` (did you mean ${suggestion}?)` : '' }, path: block.path, key: true, resource });
          }
        }
      },
    };
  },
};
