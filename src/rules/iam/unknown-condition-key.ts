import type { Rule } from '../../engine/rule.ts';
import { actionConditionKeys, isServiceWideKey } from '../../iam/action-condition-keys.ts';
import { conditionItems } from '../../iam/condition-items.ts';
import { lookupConditionKey } from '../../iam/condition-keys.ts';
import { statementsOf } from '../../iam/statement.ts';
import { statementCatalogActions } from '../../iam/statement-catalog-actions.ts';

const hint = (suggestion: string | undefined) => (suggestion ? ` (did you mean ${suggestion}?)` : '');
const names = (xs: string[]) => {
  const unique = [...new Set(xs)];
  return unique.length > 4 ? `${unique.slice(0, 4).join(', ')} and ${unique.length - 4} more` : unique.join(', ');
};

export const unknownConditionKey: Rule = {
  meta: {
    id: 'iam/unknown-condition-key',
    title: 'Condition keys exist and apply to the statement\'s actions',
    description:
      'A condition key is either global (aws:SourceIp, aws:PrincipalOrgID, aws:ResourceTag/...) or defined by a service for some ' +
      'of its actions and resource types (s3:prefix for s3:ListBucket, iam:PassedToService for iam:PassRole), as the Service ' +
      'Authorization Reference lists them. A key that does not exist, or that none of the statement\'s actions supports, is ' +
      'never present in the request: a condition such as StringEquals on it is always false, so an Allow grants nothing and a ' +
      'Deny protects nothing (while its ...IfExists and negated forms are always true, so the condition restricts nothing). ' +
      'Keys of web identity and SAML providers (token.actions.githubusercontent.com:sub, SAML:aud) are checked against the ' +
      'claims IAM supports; keys of providers the catalog does not describe are not judged, nor are statements with NotAction, ' +
      'Action "*" or actions only known at deploy time. A key the reference defines but lists for no action is taken to apply ' +
      'to every action of its service.',
    severity: 'error',
    category: 'iam',
    messages: {
      noPrefix: 'Condition key "{{key}}" has no service prefix (aws:..., s3:...){{hint}}',
      unknownPrefix: '{{key}}: there is no service "{{service}}"{{hint}}',
      unknownKey: '{{key}} is not a condition key of {{service}}{{hint}}',
      otherService: '{{key}} is a condition key of {{keyService}}, but this statement has only {{services}} actions: the key is never in their requests',
      notForActions: '{{key}} is not a condition key of {{actions}}: the key is never in their requests',
    },
    fix: 'Correct the key (the message suggests the nearest real one), or move the condition to the statement whose actions support it; the Service Authorization Reference lists the keys of each action.',
    references: {
      parliament: ['UNKNOWN_CONDITION_FOR_ACTION'],
      urls: [
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
        'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
      ],
    },
    recommended: true,
    source: 'src/rules/iam/unknown-condition-key.ts',
  },
  examples: {
    cloudformation: `ReportsListPolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Action: s3:ListBucket
          Resource: !GetAtt ReportsBucket.Arn
          Condition:
            StringLike:
              s3:prefix: [daily/, daily/*]
`,
    terraform: `resource "aws_s3_bucket" "reports" {
  bucket = "example-reports"
}

data "aws_iam_policy_document" "reports_list" {
  statement {
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.reports.arn]
    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["daily/", "daily/*"]
    }
  }
}

resource "aws_iam_policy" "reports_list" {
  name   = "reports-list"
  policy = data.aws_iam_policy_document.reports_list.json
}
`,
  },
  create(context) {
    return {
      policyDocument(d) {
        const resource = d.owner?.id ?? null;
        for (const st of statementsOf(d.document(context.scenario))) {
          const items = conditionItems(st.condition).items;
          if (items.length === 0) continue;
          const actions = statementCatalogActions(st);
          for (const { key, value } of items) {
            const at = { path: value.path, key: true, resource };
            const found = lookupConditionKey(key);
            if (found.status === 'unjudged') continue;
            if (found.status === 'unknown') {
              context.report({ ...at, messageId: found.problem, data: { key, service: found.scope, hint: hint(found.suggestion) } });
              continue;
            }
            if (found.global || !actions) continue;
            const supported = actions.some((a) => actionConditionKeys(a).has(key) || (found.services.includes(a.service) && isServiceWideKey(a.service, key)));
            if (supported) continue;
            const services = actions.map((a) => a.service);
            if (found.services.some((s) => services.includes(s))) {
              context.report({ ...at, messageId: 'notForActions', data: { key, actions: names(st.action!.items.map((e) => e.text ?? '?')) } });
            } else {
              context.report({ ...at, messageId: 'otherService', data: { key, keyService: found.services.join(', '), services: names(services) } });
            }
          }
        }
      },
    };
  },
};
