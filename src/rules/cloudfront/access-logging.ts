import type { Rule } from '../../engine/rule.ts';
import type { Resource, Unit } from '../../model/model.ts';
import { field } from '../../model/value.ts';

/** Standard logging (legacy) writes to a bucket named by its S3 domain: `logs.s3.amazonaws.com`, or a regional one. */
const S3_DOMAIN = /\.s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/i;

/** Standard logging v2 delivers through CloudWatch Logs: a delivery source whose ResourceArn is the distribution. */
const DELIVERY_SOURCE_TYPES = new Set(['AWS::Logs::DeliverySource', 'aws_cloudwatch_log_delivery_source']);

function loggedThroughDelivery(distribution: Resource, unit: Unit): boolean {
  return unit.resources.some((r) => DELIVERY_SOURCE_TYPES.has(r.type) && r.references.has(distribution.id));
}

export const cloudfrontAccessLogging: Rule = {
  meta: {
    id: 'cloudfront/access-logging',
    title: 'CloudFront distributions log viewer requests',
    description:
      'Access logs are the only record of who requested what from a distribution: the client IP, the path and query, the ' +
      'user agent, the edge location, the result and the bytes sent. Without them an abuse report, a scraping campaign, a ' +
      'leaked signed URL or an attack that WAF let through cannot be investigated afterwards. Standard logging writes them ' +
      'to the S3 bucket in DistributionConfig.Logging (named by its S3 domain, such as logs.s3.amazonaws.com; anything else ' +
      'is refused by CloudFront); standard logging v2 delivers them through CloudWatch Logs with an AWS::Logs::DeliverySource ' +
      'whose ResourceArn is the distribution, which also counts when the template defines it.',
    severity: 'warning',
    category: 'logging',
    messages: {
      missing: 'CloudFront distribution {{resource}} does not log viewer requests (no Logging, and no log delivery source for it)',
      notS3: 'CloudFront distribution {{resource}} logs to {{value}}, which is not an S3 bucket domain name such as logs.s3.amazonaws.com',
    },
    fix:
      'Set DistributionConfig.Logging.Bucket to the domain name of a log bucket (!GetAtt LogBucket.DomainName) with ' +
      'ObjectOwnership BucketOwnerPreferred so CloudFront can write with an ACL, or define an AWS::Logs::DeliverySource ' +
      'with LogType ACCESS_LOGS for the distribution and a delivery to S3, CloudWatch Logs or Firehose.',
    references: {
      fsbp: ['CloudFront.5'],
      wellArchitected: ['SEC04'],
      checkov: ['CKV_AWS_86'],
      cfnNag: ['W10'],
      kics: ['CloudFront Logging Disabled'],
      urls: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logging.html'],
    },
    recommended: false,
    source: 'src/rules/cloudfront/access-logging.ts',
  },
  examples: {
    cloudformation: `Distribution:
  Type: AWS::CloudFront::Distribution
  Properties:
    DistributionConfig:
      Enabled: true
      Logging:
        Bucket: !GetAtt LogBucket.DomainName
        Prefix: cloudfront/
`,
    terraform: `resource "aws_cloudfront_distribution" "site" {
  # ...
  logging_config {
    bucket = aws_s3_bucket.logs.bucket_domain_name
    prefix = "cloudfront/"
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: new Set(['AWS::CloudFront::Distribution']),
      resource(r) {
        const config = field(r.properties(context.scenario), 'DistributionConfig');
        if (config === undefined || config.kind === 'unknown') return;
        const logging = field(config, 'Logging');
        if (logging === undefined) {
          if (!loggedThroughDelivery(r, context.unit)) context.report({ messageId: 'missing', data: { resource: r.id }, path: [...config.path, 'Logging'], resource: r.id });
          return;
        }
        const bucket = field(logging, 'Bucket');
        if (bucket?.kind !== 'scalar' || S3_DOMAIN.test(String(bucket.value))) return;
        context.report({ messageId: 'notS3', data: { resource: r.id, value: String(bucket.value) }, path: bucket.path, resource: r.id, ...(bucket.via ? { related: bucket.via } : {}) });
      },
    };
  },
};
