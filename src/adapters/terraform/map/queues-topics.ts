import { bool, num } from './convert.ts';
import type { Mapping } from './types.ts';

const queueLink = { types: ['aws_sqs_queue'], names: ['name'] };
const topicLink = { types: ['aws_sns_topic'], names: ['name'] };

/**
 * SQS queues and SNS topics. Their `policy` attribute is what CloudFormation writes as a separate QueuePolicy or
 * TopicPolicy; the separate Terraform resources map onto those, naming the queue or topic as a `Ref` would.
 */
export const QUEUES_TOPICS: Record<string, Mapping> = {
  aws_sqs_queue: {
    cfn: 'AWS::SQS::Queue',
    names: ['name'],
    spec: {
      name: 'QueueName',
      fifo_queue: { to: 'FifoQueue', as: bool },
      kms_master_key_id: 'KmsMasterKeyId',
      kms_data_key_reuse_period_seconds: { to: 'KmsDataKeyReusePeriodSeconds', as: num },
      sqs_managed_sse_enabled: { to: 'SqsManagedSseEnabled', as: bool },
      visibility_timeout_seconds: { to: 'VisibilityTimeout', as: num },
      message_retention_seconds: { to: 'MessageRetentionPeriod', as: num },
      delay_seconds: { to: 'DelaySeconds', as: num },
      redrive_policy: 'RedrivePolicy',
    },
    documents: [{ attr: 'policy', kind: 'resource' }],
  },
  aws_sqs_queue_policy: {
    cfn: 'AWS::SQS::QueuePolicy',
    spec: { queue_url: { to: 'Queues', wrap: true }, policy: 'PolicyDocument' },
    refs: { Queues: queueLink },
  },
  aws_sns_topic: {
    cfn: 'AWS::SNS::Topic',
    names: ['name'],
    spec: {
      name: 'TopicName',
      fifo_topic: { to: 'FifoTopic', as: bool },
      kms_master_key_id: 'KmsMasterKeyId',
      content_based_deduplication: { to: 'ContentBasedDeduplication', as: bool },
    },
    documents: [{ attr: 'policy', kind: 'resource' }],
  },
  aws_sns_topic_policy: {
    cfn: 'AWS::SNS::TopicPolicy',
    spec: { arn: { to: 'Topics', wrap: true }, policy: 'PolicyDocument' },
    refs: { Topics: topicLink },
  },
};
