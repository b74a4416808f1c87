import { num } from './convert.ts';
import type { Mapping } from './types.ts';

/** Kinesis data streams: Terraform's flat `encryption_type`/`kms_key_id` are CloudFormation's StreamEncryption. */
export const KINESIS: Record<string, Mapping> = {
  aws_kinesis_stream: {
    cfn: 'AWS::Kinesis::Stream',
    names: ['name'],
    spec: {
      name: 'Name',
      shard_count: { to: 'ShardCount', as: num },
      retention_period: { to: 'RetentionPeriodHours', as: num },
      encryption_type: 'StreamEncryption.EncryptionType',
      kms_key_id: 'StreamEncryption.KeyId',
      stream_mode_details: { block: { stream_mode: 'StreamModeDetails.StreamMode' } },
    },
  },
  aws_kinesis_resource_policy: {
    cfn: 'AWS::Kinesis::ResourcePolicy',
    spec: { resource_arn: 'ResourceArn', policy: 'ResourcePolicy' },
  },
};
