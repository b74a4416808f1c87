import { bool, num } from './convert.ts';
import type { Mapping } from './types.ts';

/** Hosted zones, with the query logging that aws_route53_query_log attaches to them by zone_id, and their records. */
export const ROUTE53: Record<string, Mapping> = {
  aws_route53_zone: {
    cfn: 'AWS::Route53::HostedZone',
    spec: {
      name: 'Name',
      comment: 'HostedZoneConfig.Comment',
      vpc: { to: 'VPCs', list: true, block: { vpc_id: 'VPCId', vpc_region: 'VPCRegion' } },
    },
    merges: [{ from: 'aws_route53_query_log', via: 'zone_id', spec: { cloudwatch_log_group_arn: 'QueryLoggingConfig.CloudWatchLogsLogGroupArn' } }],
  },
  aws_route53_record: {
    cfn: 'AWS::Route53::RecordSet',
    spec: {
      zone_id: 'HostedZoneId',
      name: 'Name',
      type: 'Type',
      ttl: { to: 'TTL', as: num },
      records: 'ResourceRecords',
      set_identifier: 'SetIdentifier',
      health_check_id: 'HealthCheckId',
      alias: { to: 'AliasTarget', block: { name: 'DNSName', zone_id: 'HostedZoneId', evaluate_target_health: { to: 'EvaluateTargetHealth', as: bool } } },
    },
  },
};
