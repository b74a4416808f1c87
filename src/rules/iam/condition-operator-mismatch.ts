import type { Rule } from '../../engine/rule.ts';
import { conditionItems, scalarValues } from '../../iam/condition-items.ts';
import { lookupConditionKey } from '../../iam/condition-keys.ts';
import type { OperatorType } from '../../iam/condition-operators.ts';
import { operatorFit, parseOperator } from '../../iam/condition-operators.ts';
import { valueFits } from '../../iam/condition-values.ts';
import { statementsOf } from '../../iam/statement.ts';

const OPERATORS_FOR: Record<string, string> = {
  String: 'StringEquals or StringLike',
  ARN: 'ArnEquals or ArnLike',
  Arn: 'ArnEquals or ArnLike',
  Numeric: 'NumericEquals, NumericLessThan...',
  Date: 'DateGreaterThan, DateLessThan...',
  Bool: 'Bool',
  IPAddress: 'IpAddress or NotIpAddress',
};

const VALUE_OF: Partial<Record<OperatorType, string>> = {
  Numeric: 'a number',
  Date: 'a date (ISO 8601, as 2026-01-31T00:00:00Z, or epoch seconds)',
  Bool: 'true or false',
  Null: 'true or false',
  IpAddress: 'an IP address or CIDR range',
};

export const conditionOperatorMismatch: Rule = {
  meta: {
    id: 'iam/condition-operator-mismatch',
    title: 'Condition operators fit the type of their keys and values',
    description:
      'Each condition key has a type in the IAM reference (String, Numeric, Date, Bool, IP address, ARN) and each operator ' +
      'compares one type: StringEquals on aws:CurrentTime, NumericLessThan on aws:SourceIp or Bool on a string key compares ' +
      'values of the wrong kind, and a value the operator cannot read (DateGreaterThan "yesterday", IpAddress "10.0.0.0/33", ' +
      'Bool "yes") never matches. Either way the condition does not do what it says: an Allow never applies, a Deny never ' +
      'protects, and the negated and ...IfExists forms let everything through. Null takes any key; ForAllValues:/ForAnyValue: ' +
      'and IfExists keep the operator\'s type. String operators on ARN keys work (as exact text) and are reported by ' +
      'iam/string-operator-on-arn-key instead. Values with a policy variable are not judged.',
    severity: 'error',
    category: 'iam',
    messages: {
      mismatch: '{{operator}} compares {{operatorType}} values, but {{key}} is {{keyType}}: use {{suggested}}',
      badValue: '{{value}} is not {{expected}}: {{operator}} never matches it',
    },
    fix: 'Use the operator family of the key\'s type (the message names it), and write values that operator can read.',
    references: {
      parliament: ['MISMATCHED_TYPE'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html'],
    },
    recommended: true,
    source: 'src/rules/iam/condition-operator-mismatch.ts',
  },
  examples: {
    cloudformation: `ContractorPolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Action: [s3:GetObject, s3:PutObject]
          Resource: !Sub \${SharedBucket.Arn}/contractor/*
          Condition:
            DateLessThan:
              aws:CurrentTime: '2026-06-30T23:59:59Z'
            IpAddress:
              aws:SourceIp: 203.0.113.0/24
`,
    terraform: `resource "aws_iam_policy" "contractor" {
  name = "contractor"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:PutObject"]
      Resource = "arn:aws:s3:::example-shared/contractor/*"
      Condition = {
        DateLessThan = { "aws:CurrentTime" = "2026-06-30T23:59:59Z" }
        IpAddress    = { "aws:SourceIp" = "203.0.113.0/24" }
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
          for (const { operator, key, value } of conditionItems(st.condition).items) {
            const op = parseOperator(operator);
            if (!op) continue;
            const found = lookupConditionKey(key);
            if (found.status === 'known' && operatorFit(op.type, found.info.key, found.info.types) === 'mismatch') {
              const keyType = found.info.types[0].replace(/^ArrayOf/, '');
              context.report({
                messageId: 'mismatch',
                data: { operator, operatorType: op.type, key: found.info.key, keyType: found.info.types.join(' or '), suggested: OPERATORS_FOR[keyType] ?? keyType },
                path: value.path,
                key: true,
                resource,
              });
              continue;
            }
            const expected = VALUE_OF[op.type];
            if (!expected) continue;
            for (const v of scalarValues(value)) {
              if (!valueFits(op.type, v.value)) context.report({ messageId: 'badValue', data: { value: JSON.stringify(v.value), expected, operator }, path: v.at.path, resource });
            }
          }
        }
      },
    };
  },
};
