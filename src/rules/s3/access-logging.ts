import type { Rule } from '../../engine/rule.ts';
import type { Resource, Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field, plain } from '../../model/value.ts';
import { statementsOf } from '../../iam/statement.ts';
import { bucketOfPolicy } from '../../s3/bucket-of-policy.ts';
import { namedBucket } from '../../s3/names-bucket.ts';

const LOG_SERVICE = 'logging.s3.amazonaws.com';

/**
 * Buckets that receive the server access logs of others: named as a destination, opened to the log delivery
 * group by their ACL, or to the logging service by their policy. Logging them too would only log the logging.
 */
function logDestinations(unit: Unit, s: Scenario): Set<Resource> {
  const out = new Set<Resource>();
  for (const r of unit.resources) {
    if (r.type !== 'AWS::S3::Bucket') continue;
    const props = r.properties(s);
    const target = namedBucket(field(field(props, 'LoggingConfiguration'), 'DestinationBucketName'), unit, s);
    if (target) out.add(target);
    const acl = field(props, 'AccessControl');
    if (acl?.kind === 'scalar' && acl.value === 'LogDeliveryWrite') out.add(r);
  }
  for (const doc of unit.policies) {
    const bucket = bucketOfPolicy(doc, unit, s);
    if (bucket === undefined || bucket === 'elsewhere') continue;
    if (statementsOf(doc.document(s)).some((st) => st.effect === 'Allow' && servicesOf(st.principal).includes(LOG_SERVICE))) out.add(bucket);
  }
  return out;
}

function servicesOf(principal: Value | undefined): string[] {
  const service = field(principal, 'Service');
  const known = service === undefined ? undefined : plain(service);
  return (Array.isArray(known) ? known : [known]).filter((x): x is string => typeof x === 'string');
}

export const s3AccessLogging: Rule = {
  meta: {
    id: 's3/access-logging',
    title: 'S3 buckets record server access logs',
    description:
      'Server access logs record every request made to a bucket: who (the principal or the anonymous caller), from which IP, ' +
      'which operation on which key, and the result. CloudTrail logs object-level operations only when data events are ' +
      'turned on and paid for, so without access logs a leak through a presigned URL, a public object or a stolen key ' +
      'leaves no trace to investigate. LoggingConfiguration names the destination bucket (Terraform: aws_s3_bucket_logging ' +
      'or a logging block). Buckets that receive the access logs of other buckets are not reported: they are the ' +
      'destination named by another bucket of the template, or grant the log delivery group (AccessControl LogDeliveryWrite) ' +
      'or the logging.s3.amazonaws.com service (bucket policy) the right to write.',
    severity: 'warning',
    category: 'logging',
    messages: {
      missing: 'S3 bucket {{resource}} does not record server access logs (no LoggingConfiguration)',
    },
    fix:
      'Set LoggingConfiguration with DestinationBucketName a dedicated log bucket in the same account and region, and a ' +
      'LogFilePrefix; on the log bucket, allow s3:PutObject to the service principal logging.s3.amazonaws.com with an ' +
      'aws:SourceAccount condition.',
    references: {
      fsbp: ['S3.9'],
      wellArchitected: ['SEC04'],
      checkov: ['CKV_AWS_18'],
      cfnNag: ['W35'],
      kics: ['S3 Bucket Logging Disabled', 'S3 Bucket CloudTrail Logging Disabled'],
      urls: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html'],
    },
    recommended: false,
    source: 'src/rules/s3/access-logging.ts',
  },
  examples: {
    cloudformation: `Bucket:
  Type: AWS::S3::Bucket
  Properties:
    LoggingConfiguration:
      DestinationBucketName: !Ref AccessLogBucket
      LogFilePrefix: data/
`,
    terraform: `resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "data/"
}
`,
  },
  create(context) {
    return {
      unit(unit) {
        const s = context.scenario;
        let destinations: Set<Resource> | undefined;
        for (const r of unit.resources) {
          if (r.type !== 'AWS::S3::Bucket') continue;
          const props = r.properties(s);
          if (props?.kind === 'unknown' || field(props, 'LoggingConfiguration') !== undefined) continue;
          destinations ??= logDestinations(unit, s);
          if (destinations.has(r)) continue;
          context.report({ messageId: 'missing', data: { resource: r.id }, path: [...r.propertiesPath, 'LoggingConfiguration'], resource: r.id, file: r.file });
        }
      },
    };
  },
};
