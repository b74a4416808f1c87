import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';

/** The settings of aws_s3_bucket_public_access_block, which the AWS provider sets false when they are left out. */
const SETTINGS = ['block_public_acls', 'ignore_public_acls', 'block_public_policy', 'restrict_public_buckets'];

const TYPE = 'aws_s3_bucket_public_access_block';

/**
 * The adapter merges an aws_s3_bucket_public_access_block into the aws_s3_bucket it names (by reference, through a
 * module output, or by its literal name), where s3/block-public-access reads it. One that names no bucket of the
 * configuration (a variable, a data source, a bucket of another stack, or an expression that cannot be followed
 * before apply) is merged into nothing, so it is read here as Terraform writes it.
 */
export const bucketPublicAccessBlock: Rule = {
  meta: {
    id: 's3/bucket-public-access-block',
    title: 'Block Public Access written for a bucket managed elsewhere keeps every setting on',
    description:
      'A Terraform configuration often sets the Block Public Access of a bucket it does not create: one passed in as a ' +
      'variable, read with a data source, or created by another stack. s3/block-public-access checks the settings of ' +
      'the buckets a configuration declares; this rule checks an aws_s3_bucket_public_access_block that names no such ' +
      'bucket (or names it through an expression that cannot be followed before apply), which would otherwise go ' +
      'unread. A setting left out is false (the AWS provider writes it so) and, once ' +
      'applied, replaces the all-on default S3 gives new buckets: BlockPublicAcls and IgnorePublicAcls off let a public ' +
      'ACL expose objects, BlockPublicPolicy off accepts a public bucket policy, RestrictPublicBuckets off lets an ' +
      'existing public policy reach everyone.',
    severity: 'warning',
    category: 'public-access',
    messages: {
      off: 'The Block Public Access that {{resource}} sets on {{bucket}} leaves {{settings}} off',
    },
    fix: 'Set block_public_acls, ignore_public_acls, block_public_policy and restrict_public_buckets to true.',
    references: {
      fsbp: ['S3.8'],
      checkov: ['CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'],
      kics: ['S3 Bucket Without Ignore Public ACL', 'S3 Bucket Allows Public Policy'],
      urls: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
    },
    recommended: true,
    formats: ['terraform', 'terraform-plan'],
    source: 'src/rules/s3/bucket-public-access-block.ts',
  },
  examples: {
    terraform: `resource "aws_s3_bucket_public_access_block" "shared" {
  bucket                  = var.bucket_name
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`,
  },
  create(context) {
    return {
      resourceTypes: new Set([TYPE]),
      resource(r) {
        if (r.type !== TYPE || r.provider !== 'terraform' || r.mergedInto) return;
        const attrs = r.properties(context.scenario);
        if (attrs === undefined || attrs.kind !== 'object') return;
        const off: string[] = [];
        let at: (typeof attrs)['path'] | undefined;
        for (const setting of SETTINGS) {
          const v = field(attrs, setting);
          if (v === undefined || v.kind === 'scalar') {
            if (v !== undefined && String(v.value).toLowerCase() === 'true') continue;
            off.push(setting);
            if (v !== undefined) at ??= v.path;
          }
          // unknown values (a variable without a default) may well be true: not reported
        }
        if (off.length === 0) return;
        const bucket = field(attrs, 'bucket');
        const label = bucket?.kind === 'scalar' ? `bucket ${String(bucket.value)}` : 'its bucket';
        context.report({ messageId: 'off', data: { resource: r.id, bucket: label, settings: off.join(', ') }, path: at ?? r.propertiesPath, resource: r.id });
      },
    };
  },
};
