import type { Rule } from '../../engine/rule.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';
import { field } from '../../model/value.ts';

/** Traffic types that record rejected connections, which is what an investigation needs first. */
const RECORDS_REJECTS = new Set(['ALL', 'REJECT']);

export const flowLogs: Rule = {
  meta: {
    id: 'vpc/flow-logs',
    title: 'VPCs have flow logs',
    description:
      'VPC flow logs record the connections made to and from every network interface of the VPC: source, destination, ' +
      'ports, bytes, and whether security groups and network ACLs accepted or rejected them. They are the only record ' +
      'of which hosts an intruder scanned or reached, of data leaving through an unexpected path, and of traffic the ' +
      'firewalls rejected. A VPC of the template is compliant when an AWS::EC2::FlowLog (aws_flow_log) of the same ' +
      'template names it, recording ALL or REJECT traffic. When a flow log names a resource known only at deploy time, ' +
      'it may be for any VPC, and none is reported.',
    severity: 'warning',
    category: 'logging',
    messages: {
      missing: 'VPC {{resource}} has no flow log',
      acceptOnly: 'VPC {{resource}} has a flow log of accepted traffic only: rejected connections are not recorded',
    },
    fix:
      'Add an AWS::EC2::FlowLog with ResourceType VPC, ResourceId the VPC, TrafficType ALL (or REJECT), delivered to a ' +
      'CloudWatch Logs group or an S3 bucket (aws_flow_log with vpc_id in Terraform).',
    references: {
      fsbp: ['EC2.6'],
      cis: ['3.7'],
      wellArchitected: ['SEC04'],
      checkov: ['CKV2_AWS_11'],
      cfnNag: ['W60'],
      urls: ['https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html'],
    },
    recommended: false,
    source: 'src/rules/vpc/flow-logs.ts',
  },
  examples: {
    cloudformation: `Vpc:
  Type: AWS::EC2::VPC
  Properties:
    CidrBlock: 10.0.0.0/16
    EnableDnsSupport: true
    EnableDnsHostnames: true
VpcFlowLog:
  Type: AWS::EC2::FlowLog
  Properties:
    ResourceType: VPC
    ResourceId: !Ref Vpc
    TrafficType: ALL
    LogDestinationType: s3
    LogDestination: !Sub \${FlowLogBucket.Arn}/vpc/
    MaxAggregationInterval: 60
`,
    terraform: `resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
}

resource "aws_flow_log" "main" {
  vpc_id                   = aws_vpc.main.id
  traffic_type             = "ALL"
  log_destination_type     = "s3"
  log_destination          = "\${aws_s3_bucket.flow_logs.arn}/vpc/"
  max_aggregation_interval = 60
}
`,
  },
  create(context) {
    return {
      unit(unit) {
        const vpcs = unit.resources.filter((r) => r.type === 'AWS::EC2::VPC');
        if (vpcs.length === 0) return;
        const logged = new Map<string, boolean>();
        for (const log of unit.resources) {
          if (log.type !== 'AWS::EC2::FlowLog') continue;
          const props = log.properties(context.scenario);
          const target = field(props, 'ResourceId');
          if (target === undefined) continue;
          const vpc = referencedResource(target, unit);
          // A flow log on something we cannot name could be on any of the VPCs.
          if (target.kind === 'unknown' && vpc === undefined) return;
          if (vpc?.type !== 'AWS::EC2::VPC') continue;
          const traffic = field(props, 'TrafficType');
          const complete = traffic?.kind !== 'scalar' || RECORDS_REJECTS.has(String(traffic.value).toUpperCase());
          logged.set(vpc.id, (logged.get(vpc.id) ?? false) || complete);
        }
        for (const vpc of vpcs) {
          const state = logged.get(vpc.id);
          if (state === true) continue;
          context.report({ messageId: state === false ? 'acceptOnly' : 'missing', data: { resource: vpc.id }, path: vpc.path, file: vpc.file, key: true, resource: vpc.id });
        }
      },
    };
  },
};
