import { bool, num, oneOf, status } from './convert.ts';
import { grantsAsCannedAcl } from './s3-grants.ts';
import type { Spec } from './reshape.ts';
import type { Mapping } from './types.ts';

/** Canned ACLs: Terraform writes S3's own names, CloudFormation its enumeration. */
const cannedAcl = oneOf({
  private: 'Private',
  'public-read': 'PublicRead',
  'public-read-write': 'PublicReadWrite',
  'authenticated-read': 'AuthenticatedRead',
  'aws-exec-read': 'AwsExecRead',
  'bucket-owner-read': 'BucketOwnerRead',
  'bucket-owner-full-control': 'BucketOwnerFullControl',
  'log-delivery-write': 'LogDeliveryWrite',
});

/** `rule { apply_server_side_encryption_by_default { … } }`, inline (AWS provider 3) or in its own resource. */
const encryptionRules: Spec = {
  rule: {
    to: 'BucketEncryption.ServerSideEncryptionConfiguration',
    list: true,
    block: {
      apply_server_side_encryption_by_default: {
        to: 'ServerSideEncryptionByDefault',
        block: { sse_algorithm: 'SSEAlgorithm', kms_master_key_id: 'KMSMasterKeyID' },
      },
      bucket_key_enabled: { to: 'BucketKeyEnabled', as: bool },
    },
  },
};

const logging: Spec = { target_bucket: 'LoggingConfiguration.DestinationBucketName', target_prefix: 'LoggingConfiguration.LogFilePrefix' };

/** `object_lock_configuration` inline (AWS provider 3), or the body of aws_s3_bucket_object_lock_configuration. */
const objectLock: Spec = {
  object_lock_enabled: 'ObjectLockConfiguration.ObjectLockEnabled',
  rule: {
    block: {
      default_retention: {
        to: 'ObjectLockConfiguration.Rule.DefaultRetention',
        block: { mode: 'Mode', days: { to: 'Days', as: num }, years: { to: 'Years', as: num } },
      },
    },
  },
};

const corsRules: Spec = {
  cors_rule: {
    to: 'CorsConfiguration.CorsRules',
    list: true,
    block: {
      allowed_headers: 'AllowedHeaders',
      allowed_methods: 'AllowedMethods',
      allowed_origins: 'AllowedOrigins',
      expose_headers: 'ExposedHeaders',
      max_age_seconds: { to: 'MaxAge', as: num },
      id: 'Id',
    },
  },
};

/**
 * aws_s3_bucket, with everything AWS provider 4 moved into separate resources merged back in: they configure the
 * bucket they name (`bucket = aws_s3_bucket.logs.id`, or its literal name), as the bucket's properties do in
 * CloudFormation.
 */
export const S3: Record<string, Mapping> = {
  aws_s3_bucket: {
    cfn: 'AWS::S3::Bucket',
    names: ['bucket'],
    spec: {
      bucket: 'BucketName',
      acl: { to: 'AccessControl', as: cannedAcl },
      grant: { to: 'AccessControl', as: grantsAsCannedAcl },
      object_lock_enabled: { to: 'ObjectLockEnabled', as: bool },
      object_lock_configuration: { block: objectLock },
      server_side_encryption_configuration: { block: encryptionRules },
      versioning: {
        block: { enabled: { to: 'VersioningConfiguration.Status', as: status('Enabled', 'Suspended') } },
      },
      logging: { block: logging },
      website: {
        to: 'WebsiteConfiguration',
        block: { index_document: 'IndexDocument', error_document: 'ErrorDocument', redirect_all_requests_to: 'RedirectAllRequestsTo.HostName' },
      },
      ...corsRules,
    },
    documents: [{ attr: 'policy', kind: 'resource' }],
    merges: [
      { from: 'aws_s3_bucket_server_side_encryption_configuration', via: 'bucket', spec: encryptionRules },
      {
        from: 'aws_s3_bucket_public_access_block',
        via: 'bucket',
        spec: {
          block_public_acls: { to: 'PublicAccessBlockConfiguration.BlockPublicAcls', as: bool },
          block_public_policy: { to: 'PublicAccessBlockConfiguration.BlockPublicPolicy', as: bool },
          ignore_public_acls: { to: 'PublicAccessBlockConfiguration.IgnorePublicAcls', as: bool },
          restrict_public_buckets: { to: 'PublicAccessBlockConfiguration.RestrictPublicBuckets', as: bool },
        },
      },
      {
        from: 'aws_s3_bucket_versioning',
        via: 'bucket',
        spec: { versioning_configuration: { block: { status: 'VersioningConfiguration.Status' } } },
      },
      { from: 'aws_s3_bucket_logging', via: 'bucket', spec: logging },
      { from: 'aws_s3_bucket_object_lock_configuration', via: 'bucket', spec: objectLock },
      {
        from: 'aws_s3_bucket_acl',
        via: 'bucket',
        spec: { acl: { to: 'AccessControl', as: cannedAcl }, access_control_policy: { to: 'AccessControl', as: grantsAsCannedAcl } },
      },
      { from: 'aws_s3_bucket_cors_configuration', via: 'bucket', spec: corsRules },
      {
        from: 'aws_s3_bucket_website_configuration',
        via: 'bucket',
        spec: {
          index_document: { block: { suffix: 'WebsiteConfiguration.IndexDocument' } },
          error_document: { block: { key: 'WebsiteConfiguration.ErrorDocument' } },
        },
      },
      {
        from: 'aws_s3_bucket_ownership_controls',
        via: 'bucket',
        spec: { rule: { to: 'OwnershipControls.Rules', list: true, block: { object_ownership: 'ObjectOwnership' } } },
      },
    ],
  },
  aws_s3_bucket_policy: {
    cfn: 'AWS::S3::BucketPolicy',
    spec: { bucket: 'Bucket', policy: 'PolicyDocument' },
    refs: { Bucket: { types: ['aws_s3_bucket'], names: ['bucket'] } },
  },
  aws_s3_access_point: {
    cfn: 'AWS::S3::AccessPoint',
    spec: {
      bucket: 'Bucket',
      name: 'Name',
      policy: 'Policy',
      public_access_block_configuration: {
        to: 'PublicAccessBlockConfiguration',
        block: {
          block_public_acls: { to: 'BlockPublicAcls', as: bool },
          block_public_policy: { to: 'BlockPublicPolicy', as: bool },
          ignore_public_acls: { to: 'IgnorePublicAcls', as: bool },
          restrict_public_buckets: { to: 'RestrictPublicBuckets', as: bool },
        },
      },
    },
    refs: { Bucket: { types: ['aws_s3_bucket'], names: ['bucket'] } },
  },
};

