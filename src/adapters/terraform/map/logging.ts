import { bool, num } from './convert.ts';
import type { Mapping } from './types.ts';

/** CloudTrail trails and CloudWatch Logs. */
export const LOGGING: Record<string, Mapping> = {
  aws_cloudtrail: {
    cfn: 'AWS::CloudTrail::Trail',
    spec: {
      name: 'TrailName',
      s3_bucket_name: 'S3BucketName',
      s3_key_prefix: 'S3KeyPrefix',
      kms_key_id: 'KMSKeyId',
      enable_logging: { to: 'IsLogging', as: bool },
      is_multi_region_trail: { to: 'IsMultiRegionTrail', as: bool },
      is_organization_trail: { to: 'IsOrganizationTrail', as: bool },
      include_global_service_events: { to: 'IncludeGlobalServiceEvents', as: bool },
      enable_log_file_validation: { to: 'EnableLogFileValidation', as: bool },
      cloud_watch_logs_group_arn: 'CloudWatchLogsLogGroupArn',
      cloud_watch_logs_role_arn: 'CloudWatchLogsRoleArn',
      sns_topic_name: 'SnsTopicName',
      event_selector: {
        to: 'EventSelectors',
        list: true,
        block: {
          read_write_type: 'ReadWriteType',
          include_management_events: { to: 'IncludeManagementEvents', as: bool },
          data_resource: { to: 'DataResources', list: true, block: { type: 'Type', values: 'Values' } },
        },
      },
      advanced_event_selector: {
        to: 'AdvancedEventSelectors',
        list: true,
        block: {
          name: 'Name',
          field_selector: {
            to: 'FieldSelectors',
            list: true,
            block: { field: 'Field', equals: 'Equals', not_equals: 'NotEquals', starts_with: 'StartsWith', not_starts_with: 'NotStartsWith' },
          },
        },
      },
    },
    // The trail's bucket and log group, written as a template would, for rules that follow them.
    refs: {
      S3BucketName: { types: ['aws_s3_bucket'], names: ['bucket'] },
      CloudWatchLogsLogGroupArn: { types: ['aws_cloudwatch_log_group'], names: ['name'] },
    },
  },
  aws_cloudwatch_log_group: {
    cfn: 'AWS::Logs::LogGroup',
    spec: {
      name: 'LogGroupName',
      kms_key_id: 'KmsKeyId',
      retention_in_days: { to: 'RetentionInDays', as: num },
      log_group_class: 'LogGroupClass',
    },
  },
  aws_cloudwatch_log_resource_policy: {
    cfn: 'AWS::Logs::ResourcePolicy',
    spec: { policy_name: 'PolicyName', policy_document: 'PolicyDocument' },
  },
  aws_cloudwatch_log_destination: {
    cfn: 'AWS::Logs::Destination',
    names: ['name'],
    spec: { name: 'DestinationName', role_arn: 'RoleArn', target_arn: 'TargetArn' },
    merges: [
      {
        from: 'aws_cloudwatch_log_destination_policy',
        via: 'destination_name',
        spec: { access_policy: 'DestinationPolicy' },
        document: { attr: 'access_policy', kind: 'resource' },
      },
    ],
  },
};
