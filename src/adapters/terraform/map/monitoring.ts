import { bool, json, num } from './convert.ts';
import type { Mapping } from './types.ts';

/** AWS Config, GuardDuty, Security Hub, and the CloudWatch metric filters and alarms that watch CloudTrail. */
export const MONITORING: Record<string, Mapping> = {
  aws_config_configuration_recorder: {
    cfn: 'AWS::Config::ConfigurationRecorder',
    names: ['name'],
    spec: {
      name: 'Name',
      role_arn: 'RoleARN',
      recording_group: {
        to: 'RecordingGroup',
        block: {
          all_supported: { to: 'AllSupported', as: bool },
          include_global_resource_types: { to: 'IncludeGlobalResourceTypes', as: bool },
          resource_types: 'ResourceTypes',
          exclusion_by_resource_types: { block: { resource_types: 'ExclusionByResourceTypes.ResourceTypes' } },
          recording_strategy: { block: { use_only: 'RecordingStrategy.UseOnly' } },
        },
      },
    },
  },
  aws_config_config_rule: {
    cfn: 'AWS::Config::ConfigRule',
    spec: {
      name: 'ConfigRuleName',
      description: 'Description',
      input_parameters: { to: 'InputParameters', as: json },
      maximum_execution_frequency: 'MaximumExecutionFrequency',
      source: { to: 'Source', block: { owner: 'Owner', source_identifier: 'SourceIdentifier' } },
      scope: {
        to: 'Scope',
        block: { compliance_resource_types: 'ComplianceResourceTypes', compliance_resource_id: 'ComplianceResourceId', tag_key: 'TagKey', tag_value: 'TagValue' },
      },
    },
  },
  aws_config_delivery_channel: {
    cfn: 'AWS::Config::DeliveryChannel',
    spec: {
      name: 'Name',
      s3_bucket_name: 'S3BucketName',
      s3_key_prefix: 'S3KeyPrefix',
      s3_kms_key_arn: 'S3KmsKeyArn',
      sns_topic_arn: 'SnsTopicARN',
      snapshot_delivery_properties: { block: { delivery_frequency: 'ConfigSnapshotDeliveryProperties.DeliveryFrequency' } },
    },
  },
  aws_config_configuration_aggregator: {
    cfn: 'AWS::Config::ConfigurationAggregator',
    spec: {
      name: 'ConfigurationAggregatorName',
      account_aggregation_source: {
        to: 'AccountAggregationSources',
        list: true,
        block: { account_ids: 'AccountIds', all_regions: { to: 'AllAwsRegions', as: bool }, regions: 'AwsRegions' },
      },
      organization_aggregation_source: {
        to: 'OrganizationAggregationSource',
        block: { role_arn: 'RoleArn', all_regions: { to: 'AllAwsRegions', as: bool }, regions: 'AwsRegions' },
      },
    },
  },
  aws_guardduty_detector: {
    cfn: 'AWS::GuardDuty::Detector',
    spec: { enable: { to: 'Enable', as: bool }, finding_publishing_frequency: 'FindingPublishingFrequency' },
  },
  aws_securityhub_account: {
    cfn: 'AWS::SecurityHub::Hub',
    spec: {
      enable_default_standards: { to: 'EnableDefaultStandards', as: bool },
      auto_enable_controls: { to: 'AutoEnableControls', as: bool },
      control_finding_generator: 'ControlFindingGenerator',
    },
  },
  aws_securityhub_standards_subscription: {
    cfn: 'AWS::SecurityHub::Standard',
    spec: { standards_arn: 'StandardsArn' },
  },
  aws_cloudwatch_log_metric_filter: {
    cfn: 'AWS::Logs::MetricFilter',
    spec: {
      name: 'FilterName',
      pattern: 'FilterPattern',
      log_group_name: 'LogGroupName',
      metric_transformation: {
        to: 'MetricTransformations',
        list: true,
        block: { name: 'MetricName', namespace: 'MetricNamespace', value: 'MetricValue', default_value: { to: 'DefaultValue', as: num }, unit: 'Unit' },
      },
    },
  },
  aws_cloudwatch_metric_alarm: {
    cfn: 'AWS::CloudWatch::Alarm',
    spec: {
      alarm_name: 'AlarmName',
      metric_name: 'MetricName',
      namespace: 'Namespace',
      statistic: 'Statistic',
      comparison_operator: 'ComparisonOperator',
      threshold: { to: 'Threshold', as: num },
      period: { to: 'Period', as: num },
      evaluation_periods: { to: 'EvaluationPeriods', as: num },
      actions_enabled: { to: 'ActionsEnabled', as: bool },
      alarm_actions: 'AlarmActions',
      ok_actions: 'OKActions',
      insufficient_data_actions: 'InsufficientDataActions',
      metric_query: {
        to: 'Metrics',
        list: true,
        block: {
          id: 'Id',
          expression: 'Expression',
          return_data: { to: 'ReturnData', as: bool },
          metric: {
            to: 'MetricStat',
            block: { metric_name: 'Metric.MetricName', namespace: 'Metric.Namespace', period: { to: 'Period', as: num }, stat: 'Stat' },
          },
        },
      },
    },
    // `metric_name = aws_cloudwatch_log_metric_filter.x.id` names the filter; a literal stays the metric's name.
    refs: { MetricName: { types: ['aws_cloudwatch_log_metric_filter'] } },
  },
};
