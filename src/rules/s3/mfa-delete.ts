import type { ReportDescriptor, Rule } from '../../engine/rule.ts';
import type { Resource } from '../../model/model.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

const VERSIONING = 'aws_s3_bucket_versioning';

/** The first block of a nested block attribute (Terraform keeps blocks as a list, a plan too). */
function firstBlock(v: Value | undefined): Value | undefined {
  return v?.kind === 'list' ? v.items[0] : v;
}

/** The text of a known scalar; undefined when the value is unknown (a variable, a value known after apply). */
function text(v: Value | undefined): string | undefined {
  return v?.kind === 'scalar' ? String(v.value) : undefined;
}

/**
 * Terraform only: CloudFormation's VersioningConfiguration has Status and nothing else, so a template cannot turn
 * MFA Delete on, and reporting its buckets would ask for a fix the template cannot hold. The Terraform model keeps
 * CloudFormation's shape, which has no place for mfa_delete either, so it is read from the Terraform attributes: of
 * aws_s3_bucket_versioning (also what terraform-aws-modules/s3-bucket writes), and of the inline `versioning` block
 * of aws_s3_bucket (AWS provider 3), unless a separate aws_s3_bucket_versioning configures the same bucket.
 */
export const mfaDelete: Rule = {
  meta: {
    id: 's3/mfa-delete',
    title: 'Versioned S3 buckets written in Terraform have MFA Delete enabled',
    description:
      'Versioning keeps old versions of every object, but whoever may call s3:DeleteObjectVersion can still delete them ' +
      'one by one, and whoever may call s3:PutBucketVersioning can suspend versioning first: a stolen key or a ' +
      'compromised pipeline can destroy the history versioning was meant to keep. With MFA Delete enabled, S3 refuses ' +
      'both unless the request carries the bucket owner\'s MFA code, which no access key alone provides. Only the root ' +
      'user of the owning account, with its MFA device and a current code, can enable it (aws_s3_bucket_versioning with ' +
      'mfa_delete = "Enabled" and mfa = "SERIAL CODE", or aws s3api put-bucket-versioning --mfa), so most pipelines ' +
      'cannot apply the fix, and a bucket with MFA Delete cannot have lifecycle rules: not in the recommended set. ' +
      'Terraform only: CloudFormation has no property for MFA Delete (VersioningConfiguration holds only Status), so ' +
      'templates are not checked. Reported: aws_s3_bucket_versioning with status Enabled and mfa_delete not Enabled, ' +
      'and the inline versioning block of aws_s3_bucket (AWS provider 3) with enabled true and mfa_delete not true. A ' +
      'value known only at apply time is not reported.',
    severity: 'info',
    category: 'resilience',
    messages: {
      versioned: 'S3 bucket {{bucket}} is versioned without MFA Delete ({{value}})',
    },
    fix:
      'As the root user, with its MFA device: set mfa_delete = "Enabled" in versioning_configuration and mfa to the ' +
      'device\'s serial number, a space and a current code, and apply once (or run aws s3api put-bucket-versioning ' +
      '--versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "SERIAL CODE"), then keep mfa_delete = ' +
      '"Enabled" in the configuration. Where that is not workable, S3 Object Lock or replication to a bucket in another ' +
      'account protects versions without it, though neither satisfies this control.',
    references: {
      cis: ['2.1.2'],
      kics: ['S3 Bucket Without Enabled MFA Delete'],
      urls: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html'],
    },
    recommended: false,
    formats: ['terraform', 'terraform-plan'],
    source: 'src/rules/s3/mfa-delete.ts',
  },
  examples: {
    terraform: `resource "aws_s3_bucket_versioning" "records" {
  bucket = aws_s3_bucket.records.id
  # Applied once by the root user; mfa is "<device serial> <current code>".
  mfa    = var.root_mfa
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}
`,
  },
  create(context) {
    let configuredApart: Set<string> | undefined;
    /** Buckets that an aws_s3_bucket_versioning configures: that resource decides, not their inline block. */
    const versionedApart = (bucket: Resource) => {
      configuredApart ??= new Set(context.unit.resources.filter((r) => r.type === VERSIONING).flatMap((r) => r.mergedInto ?? []));
      return configuredApart.has(bucket.id);
    };
    const report = (resource: string, bucket: string, at: Value, value: string) => {
      const d: ReportDescriptor = { messageId: 'versioned', data: { bucket, value }, path: at.path, resource };
      context.report(at.file !== undefined ? { ...d, file: at.file } : d);
    };
    return {
      resourceTypes: new Set(['AWS::S3::Bucket', VERSIONING]),
      resource(r) {
        if (r.provider !== 'terraform') return;
        const s = context.scenario;
        if (r.type === VERSIONING) {
          const attrs = r.properties(s);
          const config = firstBlock(field(attrs, 'versioning_configuration'));
          if (config?.kind !== 'object' || text(field(config, 'status')) !== 'Enabled') return;
          const mfa = field(config, 'mfa_delete');
          const state = text(mfa);
          if (mfa !== undefined && state !== 'Disabled') return;
          // Filed under the bucket it configures, so that the finding is about a bucket (and counts for CIS 2.1.2).
          const bucket = r.mergedInto?.length === 1 ? r.mergedInto[0] : undefined;
          const named = text(field(attrs, 'bucket'));
          report(bucket ?? r.id, bucket ?? (named ? `${named} (configured by ${r.id})` : `configured by ${r.id}`), mfa ?? config, state ? `mfa_delete is "${state}"` : 'mfa_delete is not set');
          return;
        }
        const versioning = firstBlock(field(r.sourceAttributes?.(s), 'versioning'));
        if (versioning?.kind !== 'object' || text(field(versioning, 'enabled')) !== 'true') return;
        const mfa = field(versioning, 'mfa_delete');
        if ((mfa !== undefined && text(mfa) !== 'false') || versionedApart(r)) return;
        report(r.id, r.id, mfa ?? versioning, mfa ? 'mfa_delete is false' : 'mfa_delete is not set');
      },
    };
  },
};
