import { bool } from './convert.ts';
import type { Mapping } from './types.ts';

const securityConfiguration = { security_configuration: 'SecurityConfiguration' };

/**
 * Glue: the account's Data Catalog encryption settings, security configurations (how jobs, crawlers and
 * development endpoints encrypt what they write) and the resources that name one. Terraform's one `s3_encryption`
 * block is an item of CloudFormation's S3Encryptions list.
 */
export const GLUE: Record<string, Mapping> = {
  aws_glue_data_catalog_encryption_settings: {
    cfn: 'AWS::Glue::DataCatalogEncryptionSettings',
    spec: {
      catalog_id: 'CatalogId',
      data_catalog_encryption_settings: {
        to: 'DataCatalogEncryptionSettings',
        block: {
          encryption_at_rest: {
            to: 'EncryptionAtRest',
            block: { catalog_encryption_mode: 'CatalogEncryptionMode', sse_aws_kms_key_id: 'SseAwsKmsKeyId', catalog_encryption_service_role: 'CatalogEncryptionServiceRole' },
          },
          connection_password_encryption: {
            to: 'ConnectionPasswordEncryption',
            block: { return_connection_password_encrypted: { to: 'ReturnConnectionPasswordEncrypted', as: bool }, aws_kms_key_id: 'KmsKeyId' },
          },
        },
      },
    },
  },
  aws_glue_security_configuration: {
    cfn: 'AWS::Glue::SecurityConfiguration',
    names: ['name'],
    spec: {
      name: 'Name',
      encryption_configuration: {
        to: 'EncryptionConfiguration',
        block: {
          cloudwatch_encryption: { to: 'CloudWatchEncryption', block: { cloudwatch_encryption_mode: 'CloudWatchEncryptionMode', kms_key_arn: 'KmsKeyArn' } },
          job_bookmarks_encryption: {
            to: 'JobBookmarksEncryption',
            block: { job_bookmarks_encryption_mode: 'JobBookmarksEncryptionMode', kms_key_arn: 'KmsKeyArn' },
          },
          s3_encryption: { to: 'S3Encryptions', list: true, block: { s3_encryption_mode: 'S3EncryptionMode', kms_key_arn: 'KmsKeyArn' } },
        },
      },
    },
  },
  aws_glue_job: {
    cfn: 'AWS::Glue::Job',
    names: ['name'],
    spec: { name: 'Name', role_arn: 'Role', glue_version: 'GlueVersion', ...securityConfiguration },
  },
  aws_glue_crawler: {
    cfn: 'AWS::Glue::Crawler',
    names: ['name'],
    spec: { name: 'Name', role: 'Role', database_name: 'DatabaseName', security_configuration: 'CrawlerSecurityConfiguration' },
  },
  aws_glue_dev_endpoint: {
    cfn: 'AWS::Glue::DevEndpoint',
    names: ['name'],
    spec: { name: 'EndpointName', role_arn: 'RoleArn', subnet_id: 'SubnetId', ...securityConfiguration },
  },
};
