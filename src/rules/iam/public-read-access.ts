import type { Rule } from '../../engine/rule.ts';
import { modifies } from '../../iam/access-summary.ts';
import { publicStatements } from '../../iam/public-statements.ts';
import { reportPublic } from '../../iam/report-public.ts';

export const publicReadAccess: Rule = {
  meta: {
    id: 'iam/public-read-access',
    title: 'Resource policies do not let everyone read or list a resource',
    description:
      'A resource policy statement that allows Principal "*" (or {"AWS": "*"}, or NotPrincipal) with no condition narrowing who can ' +
      'call, and whose actions are all Read or List (expanded with the IAM catalog): anyone, often anonymously, can read the objects, ' +
      'messages, images or secrets it covers. It is a warning rather than an error because some data is meant to be public (a static ' +
      'website, a public container image); statements that also open Write, Permissions management or Tagging actions are reported ' +
      'by iam/public-resource-policy at error instead. What narrows and what does not is the same as for iam/public-resource-policy.',
    severity: 'warning',
    category: 'public-access',
    messages: {
      principal: '{{statement}} gives everyone (Principal {{principal}}) {{actions}}; no condition narrows who can call{{blocked}}',
      notprincipalWithAllow: '{{statement}} allows everyone outside its {{principal}}: {{actions}}; no condition narrows who can call{{blocked}}',
    },
    fix:
      'If the data is not meant to be public, name the principals that need it or add a condition (aws:PrincipalOrgID, ' +
      'aws:SourceVpce, aws:SourceArn). For a website, serve the bucket through CloudFront with origin access control and allow only ' +
      'cloudfront.amazonaws.com with an aws:SourceArn condition on the distribution.',
    references: {
      fsbp: ['S3.2'],
      checkov: ['CKV_AWS_70'],
      cfnNag: ['F16'],
      kics: ['S3 Bucket Access to Any Principal', 'S3 Bucket Allows Get Action From All Principals', 'S3 Bucket Allows List Action From All Principals'],
      parliament: ['NOTPRINCIPAL_WITH_ALLOW'],
    },
    recommended: true,
    source: 'src/rules/iam/public-read-access.ts',
  },
  examples: {
    cloudformation: `SiteBucketPolicy:
  Type: AWS::S3::BucketPolicy
  Properties:
    Bucket: !Ref SiteBucket
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Sid: CloudFrontReadsObjects
          Effect: Allow
          Principal:
            Service: cloudfront.amazonaws.com
          Action: s3:GetObject
          Resource: !Sub \${SiteBucket.Arn}/*
          Condition:
            ArnEquals:
              aws:SourceArn: !Sub arn:aws:cloudfront::\${AWS::AccountId}:distribution/\${SiteDistribution}
`,
    terraform: `variable "site_distribution_arn" {
  type        = string
  description = "ARN of the CloudFront distribution that serves the site"
}

resource "aws_s3_bucket" "site" {
  bucket = "example-site-content"
}

data "aws_iam_policy_document" "site" {
  statement {
    sid       = "CloudFrontReadsObjects"
    actions   = ["s3:GetObject"]
    resources = ["\${aws_s3_bucket.site.arn}/*"]
    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [var.site_distribution_arn]
    }
  }
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = data.aws_iam_policy_document.site.json
}
`,
  },
  create(context) {
    return {
      policyDocument(doc) {
        if (doc.kind !== 'resource') return;
        for (const p of publicStatements(doc, context.scenario)) if (!p.actions.some(modifies)) reportPublic(context, doc, p);
      },
    };
  },
};
