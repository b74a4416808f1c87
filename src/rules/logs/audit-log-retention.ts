import type { Rule } from '../../engine/rule.ts';
import type { Resource, Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value, Via } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::Logs::LogGroup']);

/** Who writes audit records to a log group, and how long they should stay there. */
interface Writer {
  source: Resource;
  at: Value;
  what: string;
  minDays: number;
}

export const auditLogRetention: Rule = {
  meta: {
    id: 'logs/audit-log-retention',
    title: 'Log groups that receive CloudTrail events or VPC flow logs keep them long enough to investigate',
    description:
      'Intrusions are found late: the median time to detect one is counted in months, and the investigation then needs the ' +
      'records of the whole period. A log group that receives VPC flow logs is their only copy, so it should keep them ' +
      'for at least a year (365 days, as PCI DSS 10.5.1 and most audit regimes ask). A trail also writes every event to ' +
      'its S3 bucket, which is the long-term archive; its CloudWatch Logs copy is what alarms and Logs Insights queries ' +
      'read, and should cover at least the last three months (90 days). The rule follows CloudWatchLogsLogGroupArn of ' +
      'each trail and LogGroupName or LogDestination of each flow log to a log group of the same template or ' +
      'configuration. A group without RetentionInDays never expires its events and is compliant; a retention known only ' +
      'at deploy time is not judged.',
    severity: 'warning',
    category: 'logging',
    messages: {
      short: 'Log group {{group}} keeps the {{what}} for {{days}} days only; keep them at least {{min}} days',
    },
    fix: 'Set RetentionInDays to 365 or more (retention_in_days in Terraform), or remove it to keep the events indefinitely; archive older events to S3 with an export or a subscription if cost matters.',
    references: {
      wellArchitected: ['SEC04'],
      checkov: ['CKV_AWS_338'],
      urls: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention'],
    },
    recommended: true,
    source: 'src/rules/logs/audit-log-retention.ts',
  },
  examples: {
    cloudformation: `FlowLogGroup:
  Type: AWS::Logs::LogGroup
  Properties:
    LogGroupName: /vpc/main/flow-logs
    RetentionInDays: 365
VpcFlowLog:
  Type: AWS::EC2::FlowLog
  Properties:
    ResourceType: VPC
    ResourceId: !Ref Vpc
    TrafficType: ALL
    LogDestinationType: cloud-watch-logs
    LogGroupName: !Ref FlowLogGroup
    DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn
`,
    terraform: `resource "aws_cloudwatch_log_group" "flow_logs" {
  name              = "/vpc/main/flow-logs"
  retention_in_days = 365
}

resource "aws_flow_log" "main" {
  vpc_id          = aws_vpc.main.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow_logs.arn
  iam_role_arn    = aws_iam_role.flow_logs.arn
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(group) {
        if (group.type !== 'AWS::Logs::LogGroup') return;
        const s = context.scenario;
        const writers = writersTo(group, context.unit, s);
        if (writers.length === 0) return;
        const retention = field(group.properties(s), 'RetentionInDays');
        if (retention?.kind !== 'scalar') return;
        const days = Number(retention.value);
        if (!Number.isFinite(days)) return;
        const strictest = writers.reduce((a, b) => (b.minDays > a.minDays ? b : a));
        if (days >= strictest.minDays) return;
        const related: Via[] = writers.map((w) => ({ message: `${w.source.id} sends its ${w.what} here`, path: w.at.path, ...(w.source.file !== group.file ? { file: w.source.file } : {}) }));
        context.report({ messageId: 'short', data: { group: group.id, what: strictest.what, days, min: strictest.minDays }, path: retention.path, ...(retention.file !== undefined && retention.file !== group.file ? { file: retention.file } : {}), resource: group.id, related });
      },
    };
  },
};

/** The trails and flow logs of the unit that deliver to the log group. */
function writersTo(group: Resource, unit: Unit, s: Scenario): Writer[] {
  const out: Writer[] = [];
  for (const r of unit.resources) {
    if (r.type === 'AWS::CloudTrail::Trail') {
      const arn = field(r.properties(s), 'CloudWatchLogsLogGroupArn');
      if (arn && logGroupNamed(arn, unit, s) === group) out.push({ source: r, at: arn, what: 'CloudTrail events', minDays: 90 });
    } else if (r.type === 'AWS::EC2::FlowLog') {
      const props = r.properties(s);
      const type = field(props, 'LogDestinationType');
      if (type?.kind === 'scalar' && String(type.value) !== 'cloud-watch-logs') continue;
      for (const at of [field(props, 'LogGroupName'), field(props, 'LogDestination')]) {
        if (at && logGroupNamed(at, unit, s) === group) {
          out.push({ source: r, at, what: 'VPC flow logs', minDays: 365 });
          break;
        }
      }
    }
  }
  return out;
}

/**
 * The log group of the unit a value names: a Ref or Fn::GetAtt (Terraform references are rewritten so, or read
 * from the expression), its ARN (`arn:aws:logs:…:log-group:NAME:*`) or its name.
 */
function logGroupNamed(v: Value, unit: Unit, s: Scenario): Resource | undefined {
  const groups = unit.resources.filter((r) => r.type === 'AWS::Logs::LogGroup');
  if (v.kind === 'unknown') {
    const referenced = referencedResource(v, unit);
    if (referenced) return referenced.type === 'AWS::Logs::LogGroup' ? referenced : undefined;
    const text = v.parts ? v.parts.map((p) => (typeof p === 'string' ? p : p.symbol)).join('') : v.symbol;
    return groups.find((g) => g.provider === 'terraform' && new RegExp(`(^|[^\\w.])${g.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(arn|name|id)\\b`).test(text));
  }
  if (v.kind !== 'scalar' || typeof v.value !== 'string') return undefined;
  const name = /:log-group:([^:]+)/.exec(v.value)?.[1] ?? v.value;
  return groups.find((g) => {
    const n = field(g.properties(s), 'LogGroupName');
    return n?.kind === 'scalar' && n.value === name;
  });
}
