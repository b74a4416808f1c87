import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';
import { namedBucket } from '../../s3/names-bucket.ts';
import { trailsLabel, trailsWritingTo } from './trail-buckets.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::S3::Bucket']);

export const bucketAccessLogging: Rule = {
  meta: {
    id: 'cloudtrail/bucket-access-logging',
    title: 'The bucket that receives CloudTrail logs has server access logging',
    description:
      'CloudTrail records the API calls made in the account, but not, by default, who read or deleted the log files themselves: ' +
      'those are S3 data events. Server access logging on the trail\'s bucket records every request to it, so reading the logs ' +
      'to learn what is monitored, or deleting them to hide an intrusion, leaves a trace in another bucket. The rule follows ' +
      'each trail\'s S3BucketName to a bucket of the same template or Terraform configuration (a Ref, a reference, or the ' +
      'bucket\'s literal name); a bucket defined elsewhere, or known only at deploy time, is not judged.',
    severity: 'warning',
    category: 'logging',
    messages: {
      noLogging: 'Bucket {{bucket}} receives the log files of CloudTrail {{trails}} but has no server access logging (LoggingConfiguration)',
    },
    fix:
      'Add LoggingConfiguration with a DestinationBucketName of a separate log bucket (aws_s3_bucket_logging in Terraform), ' +
      'or record S3 data events for the trail bucket in a trail that writes elsewhere.',
    references: {
      cis: ['3.4'],
      wellArchitected: ['SEC04'],
      kics: ['CloudTrail Log Files S3 Bucket with Logging Disabled'],
      urls: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html'],
    },
    recommended: true,
    // A trail's bucket defined elsewhere, or known only at deploy time, is not judged.
    confirms: false,
    source: 'src/rules/cloudtrail/bucket-access-logging.ts',
  },
  examples: {
    cloudformation: `TrailBucket:
  Type: AWS::S3::Bucket
  Properties:
    LoggingConfiguration:
      DestinationBucketName: !Ref AccessLogBucket
      LogFilePrefix: cloudtrail-bucket/
Trail:
  Type: AWS::CloudTrail::Trail
  DependsOn: TrailBucketPolicy
  Properties:
    IsLogging: true
    IsMultiRegionTrail: true
    EnableLogFileValidation: true
    S3BucketName: !Ref TrailBucket
`,
    terraform: `resource "aws_s3_bucket" "trail" {
  bucket = "example-cloudtrail-logs"
}

resource "aws_s3_bucket_logging" "trail" {
  bucket        = aws_s3_bucket.trail.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "cloudtrail-bucket/"
}

resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.trail.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
`,
  },
  // Every trail of the template writes to a bucket of the template that logs its requests.
  confirmedIn(unit, s) {
    const trails = unit.resources.filter((r) => r.type === 'AWS::CloudTrail::Trail');
    return (
      trails.length > 0 &&
      trails.every((trail) => {
        const bucket = namedBucket(field(trail.properties(s), 'S3BucketName'), unit, s);
        const logging = bucket && field(bucket.properties(s), 'LoggingConfiguration');
        return logging !== undefined && logging.kind !== 'unknown';
      })
    );
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(bucket) {
        if (bucket.type !== 'AWS::S3::Bucket') return;
        const writers = trailsWritingTo(bucket, context.unit, context.scenario);
        if (writers.length === 0) return;
        const props = bucket.properties(context.scenario);
        if (props?.kind === 'unknown' || field(props, 'LoggingConfiguration') !== undefined) return;
        context.report({
          messageId: 'noLogging',
          data: { bucket: bucket.id, trails: trailsLabel(writers) },
          path: bucket.propertiesPath,
          key: true,
          resource: bucket.id,
          related: writers.map((w) => ({ message: `trail ${w.trail.id} writes its logs here`, path: w.name.path, ...(w.trail.file !== bucket.file ? { file: w.trail.file } : {}) })),
        });
      },
    };
  },
};
