import { bool } from './convert.ts';
import type { Mapping } from './types.ts';

/** DynamoDB tables; `server_side_encryption { enabled = true }` is the KMS (SSE-KMS) setting. */
export const DYNAMODB: Record<string, Mapping> = {
  aws_dynamodb_table: {
    cfn: 'AWS::DynamoDB::Table',
    names: ['name'],
    spec: {
      name: 'TableName',
      billing_mode: 'BillingMode',
      deletion_protection_enabled: { to: 'DeletionProtectionEnabled', as: bool },
      table_class: 'TableClass',
      server_side_encryption: {
        to: 'SSESpecification',
        block: { enabled: { to: 'SSEEnabled', as: bool }, kms_key_arn: 'KMSMasterKeyId' },
      },
      point_in_time_recovery: {
        to: 'PointInTimeRecoverySpecification',
        block: { enabled: { to: 'PointInTimeRecoveryEnabled', as: bool } },
      },
      stream_view_type: 'StreamSpecification.StreamViewType',
    },
    merges: [
      {
        from: 'aws_dynamodb_resource_policy',
        via: 'resource_arn',
        spec: { policy: 'ResourcePolicy.PolicyDocument' },
        document: { attr: 'policy', kind: 'resource' },
      },
    ],
  },
};
