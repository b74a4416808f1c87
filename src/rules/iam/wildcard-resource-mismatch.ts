import type { Rule } from '../../engine/rule.ts';
import { expandAction } from '../../iam/action-pattern.ts';
import { actionApplies } from '../../iam/action-resources.ts';
import { resourcePatterns, resourcesAreArns, resourcesText } from '../../iam/resource-patterns.ts';
import { statementsOf } from '../../iam/statement.ts';

export const wildcardResourceMismatch: Rule = {
  meta: {
    id: 'iam/wildcard-resource-mismatch',
    title: 'Wildcard actions grant only actions their resources allow',
    description:
      'A wildcard action in an Allow (s3:*, s3:Get*) stands for every action it matches, but only those whose resource types ' +
      'can match the statement\'s Resource are granted: s3:Get* on arn:aws:s3:::bucket/* grants s3:GetObject but not ' +
      's3:GetBucketPolicy or s3:GetBucketLocation, and s3:* on a bucket grants nothing that needs Resource "*" ' +
      '(s3:ListAllMyBuckets). This rule lists the actions a wildcard names without granting, so that the policy can say ' +
      'what it means: the narrower actions, or a second statement for the others. Informational and off by default: ' +
      '"every action on this bucket" is a common and deliberate way to write a statement. A wildcard none of whose actions ' +
      'can apply is reported by iam/resource-mismatch.',
    severity: 'info',
    category: 'iam',
    messages: {
      partly: '{{action}} matches {{count}} that cannot apply to {{resources}} ({{examples}}): this statement does not grant {{them}}',
    },
    fix: 'List the actions the statement is for, or give the other actions a statement with the resources they act on.',
    references: {
      parliament: ['RESOURCE_MISMATCH'],
      urls: ['https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html'],
    },
    recommended: false,
    source: 'src/rules/iam/wildcard-resource-mismatch.ts',
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
          Action: [s3:GetObject, s3:GetObjectVersion, s3:GetObjectTagging]
          Resource: !Sub \${ReportsBucket.Arn}/*
        - Effect: Allow
          Action: [s3:ListBucket, s3:GetBucketLocation]
          Resource: !GetAtt ReportsBucket.Arn
`,
    terraform: `resource "aws_s3_bucket" "reports" {
  bucket = "example-reports"
}

data "aws_iam_policy_document" "reports_reader" {
  statement {
    actions   = ["s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectTagging"]
    resources = ["\${aws_s3_bucket.reports.arn}/*"]
  }
  statement {
    actions   = ["s3:ListBucket", "s3:GetBucketLocation"]
    resources = [aws_s3_bucket.reports.arn]
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
          if (st.effect !== 'Allow' || !st.action || !st.resource) continue;
          const patterns = resourcePatterns(st.resource, context.unit);
          if (!patterns || patterns.length === 0) continue;
          for (const e of st.action.items) {
            if (e.text === null || !/^[a-z0-9-]+:.*[*?]/i.test(e.text)) continue;
            const actions = expandAction(e.text) ?? [];
            const idle = actions.filter((a) => !actionApplies(a, patterns));
            if (idle.length === 0 || idle.length === actions.length) continue;
            const names = idle.map((a) => a.id);
            const examples = names.length > 3 ? `${names.slice(0, 3).join(', ')}...` : names.join(', ');
            context.report({ messageId: 'partly', data: { action: e.text, count: idle.length === 1 ? '1 action' : `${idle.length} actions`, them: idle.length === 1 ? 'it' : 'them', resources: resourcesText(st.resource), examples }, path: e.value.path, resource });
          }
        }
      },
    };
  },
};
