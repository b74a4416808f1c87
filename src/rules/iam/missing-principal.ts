import type { Rule } from '../../engine/rule.ts';
import { statementsOf } from '../../iam/statement.ts';

export const missingPrincipal: Rule = {
  meta: {
    id: 'iam/missing-principal',
    title: 'Resource and trust policy statements name a Principal',
    description:
      'A resource policy (bucket, queue, topic, key, secret...) and a role\'s trust policy apply to callers from anywhere, so ' +
      'each statement must say whom it is about with Principal (or NotPrincipal). Services refuse a statement without one ' +
      '("Missing required field Principal"), so the deployment fails; it is often an identity policy statement pasted in the ' +
      'wrong place.',
    severity: 'error',
    category: 'iam',
    messages: {
      missing: 'This statement of a {{kind}} policy has no Principal: say whom it allows or denies',
    },
    fix: 'Add a Principal naming the accounts, roles or services the statement is about (or move the statement to an identity policy).',
    references: {
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html'],
    },
    recommended: true,
    source: 'src/rules/iam/missing-principal.ts',
  },
  examples: {
    cloudformation: `ReportsBucketPolicy:
  Type: AWS::S3::BucketPolicy
  Properties:
    Bucket: !Ref ReportsBucket
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal:
            AWS: !GetAtt AnalyticsRole.Arn
          Action: s3:GetObject
          Resource: !Sub \${ReportsBucket.Arn}/*
`,
    terraform: `variable "analytics_role_arn" {
  type = string
}

resource "aws_s3_bucket" "reports" {
  bucket = "example-reports"
}

resource "aws_s3_bucket_policy" "reports" {
  bucket = aws_s3_bucket.reports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.analytics_role_arn }
      Action    = "s3:GetObject"
      Resource  = "\${aws_s3_bucket.reports.arn}/*"
    }]
  })
}
`,
  },
  create(context) {
    return {
      policyDocument(d) {
        if (d.kind !== 'resource' && d.kind !== 'trust') return;
        const resource = d.owner?.id ?? null;
        for (const st of statementsOf(d.document(context.scenario))) {
          if (st.value.kind !== 'object' || st.value.entries.size === 0 || st.principal || st.notPrincipal) continue;
          context.report({ messageId: 'missing', data: { kind: d.kind }, path: st.path, resource });
        }
      },
    };
  },
};
