import type { Rule } from '../../engine/rule.ts';
import { expandAction } from '../../iam/action-pattern.ts';
import { actionApplies, actionFormats } from '../../iam/action-resources.ts';
import { resourcePatterns, resourcesAreArns, resourcesText } from '../../iam/resource-patterns.ts';
import { statementsOf } from '../../iam/statement.ts';

const list = (xs: string[]) => (xs.length > 3 ? `${xs.slice(0, 3).join(', ')}…` : xs.join(', '));

export const resourceMismatch: Rule = {
  meta: {
    id: 'iam/resource-mismatch',
    title: 'Actions can apply to the resources of their statement',
    description:
      'Each action acts on resource types whose ARN formats the Service Authorization Reference gives: s3:GetObject on objects ' +
      '(arn:aws:s3:::bucket/key), s3:ListBucket on buckets (arn:aws:s3:::bucket). When none of an action\'s formats can match any ' +
      'of the statement\'s Resource entries, the action is never granted (or, in a Deny, never denied): s3:GetObject on ' +
      'arn:aws:s3:::bucket without /*, s3:ListBucket on arn:aws:s3:::bucket/*. An action that supports no resource-level ' +
      'permissions (s3:ListAllMyBuckets) is only matched by Resource "*". A wildcard action is reported when none of the actions ' +
      'it expands to can apply. Wildcards and policy variables in Resource match anything. A template value only known at ' +
      'deploy time keeps the shape that is known of it: a pseudo parameter or the Ref of a bucket or table is a single name, ' +
      'the Arn of a bucket, table, queue, topic, function, role, key or stream has the catalog\'s format for that type; a ' +
      'value of unknown shape (a parameter, an import) matches anything inside a string, and alone makes the statement ' +
      'unjudged. Deny statements are checked too.',
    severity: 'warning',
    category: 'iam',
    messages: {
      mismatch: '{{action}} cannot apply to {{resources}}: it acts on {{formats}}',
      needsStar: '{{action}} supports no resource-level permissions: only Resource "*" grants it, not {{resources}}',
      patternMismatch: '{{lead}} {{action}} matches {{verb}} apply to {{resources}}',
    },
    fix: 'Give the resource the action acts on (objects: arn:aws:s3:::bucket/*; the bucket itself: arn:aws:s3:::bucket), or move the action to a statement with the right Resource ("*" for actions without resource-level permissions).',
    references: {
      parliament: ['RESOURCE_MISMATCH'],
      urls: [
        'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
      ],
    },
    recommended: true,
    source: 'src/rules/iam/resource-mismatch.ts',
  },
  examples: {
    cloudformation: `ReportsBucket:
  Type: AWS::S3::Bucket
ReportsReaderPolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Action: s3:ListBucket
          Resource: !GetAtt ReportsBucket.Arn
        - Effect: Allow
          Action: s3:GetObject
          Resource: !Sub \${ReportsBucket.Arn}/*
`,
    terraform: `resource "aws_s3_bucket" "reports" {
  bucket = "example-reports"
}

data "aws_iam_policy_document" "reports_reader" {
  statement {
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.reports.arn]
  }
  statement {
    actions   = ["s3:GetObject"]
    resources = ["\${aws_s3_bucket.reports.arn}/*"]
  }
}

resource "aws_iam_policy" "reports_reader" {
  name   = "reports-reader"
  policy = data.aws_iam_policy_document.reports_reader.json
}
`,
  },
  create(context) {
    return {
      policyDocument(d) {
        if (!resourcesAreArns(d)) return;
        const resource = d.owner?.id ?? null;
        for (const st of statementsOf(d.document(context.scenario))) {
          if (!st.action || !st.resource) continue;
          const patterns = resourcePatterns(st.resource, context.unit);
          if (!patterns || patterns.length === 0) continue;
          for (const e of st.action.items) {
            // `*` and patterns across services say "everything on these resources"; judging them would mean loading every service.
            if (e.text === null || !/^[a-z0-9-]+:/i.test(e.text)) continue;
            const actions = expandAction(e.text);
            if (!actions || actions.length === 0 || actions.some((a) => actionApplies(a, patterns))) continue;
            const data = { action: e.text, resources: resourcesText(st.resource) };
            if (actions.length > 1 || /[*?]/.test(e.text)) context.report({ messageId: 'patternMismatch', data: { ...data, ...(actions.length === 1 ? { lead: 'The only action', verb: 'cannot' } : { lead: `None of the ${actions.length} actions`, verb: 'can' }) }, path: e.value.path, resource });
            else if (actions[0].resourceTypes.length === 0) context.report({ messageId: 'needsStar', data, path: e.value.path, resource });
            else context.report({ messageId: 'mismatch', data: { ...data, formats: list(actionFormats(actions[0])) }, path: e.value.path, resource });
          }
        }
      },
    };
  },
};
