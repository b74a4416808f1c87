import type { Path } from '../../core/range.ts';
import type { Rule } from '../../engine/rule.ts';
import type { Resource } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { FilterNode } from '../../logs/filter-pattern.ts';
import { matchesEvent, parseFilterPattern } from '../../logs/filter-pattern.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import type { CloudTrailEvent } from './cloudtrail-events.ts';
import { ROUTINE } from './cloudtrail-events.ts';
import { alarmsOn, notifies } from './filter-alarms.ts';
import type { MonitoredEvents } from './monitored-events.ts';
import { MONITORED_EVENTS } from './monitored-events.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::Logs::MetricFilter']);

/**
 * One rule per CIS 4.x recommendation, so that each control is judged on its own. What a template can show is
 * judged: a metric filter written for the events (its pattern names them) must match all of them and not routine
 * activity, and an alarm of the template must watch its metric and notify someone. Whether the account has such a
 * filter at all is not something one template shows (it may live in another stack, or be an EventBridge rule):
 * a template without one is not reported.
 */
export const MONITORING_ALARM_RULES: Rule[] = MONITORED_EVENTS.map(alarmRule);

function alarmRule(c: MonitoredEvents): Rule {
  const id = `cloudwatch/alarm-${c.name}`;
  return {
    meta: {
      id,
      title: `Metric filters for ${c.label} match them all and raise an alarm that notifies someone`,
      description:
        `CIS ${c.cis} asks for a CloudWatch Logs metric filter on the CloudTrail log group that counts ${c.label}, and an alarm ` +
        `on its metric with an action (an SNS topic someone reads). ${c.why} This rule judges the AWS::Logs::MetricFilter ` +
        'resources whose pattern is written for these events (it names them): it replays sample CloudTrail records through the ' +
        'JSON pattern and reports one that misses some of the events (a name left out, && where || was meant), or that also ' +
        'matches routine activity (reads, a sign-in with MFA), so that its alarm would fire all day and be ignored. It reports ' +
        'a filter whose metric no AWS::CloudWatch::Alarm of the template watches (same MetricName and Namespace, or a reference ' +
        'to the filter), and alarms on it with no AlarmActions or with ActionsEnabled false. A pattern, metric or action known ' +
        'only at deploy time is not judged, nor is a template with no such filter: the account may count these events in ' +
        'another stack or with an EventBridge rule.',
      severity: 'warning',
      category: 'logging',
      messages: {
        misses: `Metric filter {{filter}} is written for ${c.label} (CIS ${c.cis}) but its pattern does not match {{missed}}`,
        routine: `Metric filter {{filter}} is written for ${c.label} (CIS ${c.cis}) but its pattern also matches routine events such as {{routine}}; its alarm would fire all the time`,
        noAlarm: `No alarm of this template watches the metric of filter {{filter}}, which counts ${c.label} (CIS ${c.cis})`,
        noAction: `Alarm {{alarm}} on ${c.label} (filter {{filter}}) notifies nobody: {{why}}`,
      },
      fix: `Use a pattern such as ${c.pattern}, and an AWS::CloudWatch::Alarm on the filter's MetricName and MetricNamespace (Sum >= 1 over 5 minutes) with AlarmActions naming an SNS topic that someone is subscribed to.`,
      references: {
        cis: [c.cis],
        wellArchitected: ['SEC04'],
        ...(c.kics ? { kics: c.kics } : {}),
        urls: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html'],
      },
      recommended: true,
      // A template without such a filter is not judged: silence says nothing of the account.
      confirms: false,
      source: 'src/rules/cloudwatch/monitoring-alarms.ts',
    },
    examples: {
      cloudformation: [
        'Filter:',
        '  Type: AWS::Logs::MetricFilter',
        '  Properties:',
        '    LogGroupName: !Ref TrailLogGroup',
        `    FilterPattern: '${c.pattern}'`,
        '    MetricTransformations:',
        `      - MetricName: ${metricName(c)}`,
        '        MetricNamespace: CISBenchmark',
        "        MetricValue: '1'",
        'Alarm:',
        '  Type: AWS::CloudWatch::Alarm',
        '  Properties:',
        `    MetricName: ${metricName(c)}`,
        '    Namespace: CISBenchmark',
        '    Statistic: Sum',
        '    Period: 300',
        '    EvaluationPeriods: 1',
        '    Threshold: 1',
        '    ComparisonOperator: GreaterThanOrEqualToThreshold',
        '    AlarmActions: [!Ref SecurityAlerts]',
        '',
      ].join('\n'),
      terraform: [
        `resource "aws_cloudwatch_log_metric_filter" "${c.name.replace(/-/g, '_')}" {`,
        `  name           = "${metricName(c)}"`,
        '  log_group_name = aws_cloudwatch_log_group.trail.name',
        `  pattern        = ${JSON.stringify(c.pattern)}`,
        '  metric_transformation {',
        `    name      = "${metricName(c)}"`,
        '    namespace = "CISBenchmark"',
        '    value     = "1"',
        '  }',
        '}',
        '',
        `resource "aws_cloudwatch_metric_alarm" "${c.name.replace(/-/g, '_')}" {`,
        `  alarm_name          = "${metricName(c)}"`,
        `  metric_name         = "${metricName(c)}"`,
        '  namespace           = "CISBenchmark"',
        '  statistic           = "Sum"',
        '  period              = 300',
        '  evaluation_periods  = 1',
        '  threshold           = 1',
        '  comparison_operator = "GreaterThanOrEqualToThreshold"',
        '  alarm_actions       = [aws_sns_topic.security_alerts.arn]',
        '}',
        '',
      ].join('\n'),
    },
    // A filter of the template written for these events that matches all of them and no routine one, watched by an
    // alarm that notifies someone: the template itself does what CIS asks.
    confirmedIn(unit, s) {
      return unit.resources.some((filter) => {
        const node = filterFor(c, filter, s)?.node;
        if (!node || c.events.some((e) => matchesEvent(node, e) !== true) || ROUTINE.some((e) => matchesEvent(node, e) !== false)) return false;
        return alarmsOn(filter, unit, s).alarms.some((alarm) => notifies(alarm, s).truth === true);
      });
    },
    create(context) {
      return {
        resourceTypes: TYPES,
        resource(filter) {
          const s = context.scenario;
          const written = filterFor(c, filter, s);
          if (!written) return;
          const { pattern, node } = written;
          if (node) {
            const missed = c.events.filter((e) => matchesEvent(node, e) === false);
            if (missed.length > 0) context.report({ messageId: 'misses', data: { filter: filter.id, missed: listed(missed) }, path: pattern.path, resource: filter.id });
            const routine = ROUTINE.filter((e) => matchesEvent(node, e) === true);
            if (routine.length > 0) context.report({ messageId: 'routine', data: { filter: filter.id, routine: listed(routine) }, path: pattern.path, resource: filter.id });
          }
          const { alarms, undecided } = alarmsOn(filter, context.unit, s);
          if (alarms.length === 0) {
            if (!undecided) context.report({ messageId: 'noAlarm', data: { filter: filter.id }, path: metricPath(filter, s), key: true, resource: filter.id });
            return;
          }
          const verdicts = alarms.map((alarm) => ({ alarm, ...notifies(alarm, s) }));
          if (verdicts.some((v) => v.truth !== false)) return;
          for (const v of verdicts) {
            context.report({
              messageId: 'noAction',
              data: { alarm: v.alarm.id, filter: filter.id, why: v.why },
              path: v.at?.path ?? v.alarm.propertiesPath,
              key: v.at === undefined,
              ...(v.alarm.file !== filter.file ? { file: v.alarm.file } : {}),
              resource: v.alarm.id,
            });
          }
        },
      };
    },
  };
}

/** A metric filter's pattern, as text and parsed, when the filter is written for the class of events (writtenFor). */
function filterFor(c: MonitoredEvents, filter: Resource, s: Scenario): { pattern: Value; node: FilterNode | undefined } | undefined {
  if (filter.type !== 'AWS::Logs::MetricFilter') return undefined;
  const props = filter.properties(s);
  const pattern = field(props, 'FilterPattern');
  if (pattern?.kind !== 'scalar' || typeof pattern.value !== 'string') return undefined;
  const node = parseFilterPattern(pattern.value);
  return writtenFor(c, pattern.value, node, namesOf(filter, props)) ? { pattern, node } : undefined;
}

/**
 * A filter is written for a class of events when its pattern names them and matches some of them, or names them
 * and matches no monitored event at all (a pattern so broken that it catches nothing: `&&` between two error
 * codes); or when its name or metric name says so and its pattern matches some of them (a name is not enough on
 * its own: a filter called "config-changes" may count an application's log lines).
 */
function writtenFor(c: MonitoredEvents, text: string, node: FilterNode | undefined, names: string[]): boolean {
  const matchesSome = node !== undefined && c.events.some((e) => matchesEvent(node, e) === true);
  if (names.some((n) => c.named.test(n)) && matchesSome) return true;
  if (!c.mentions.test(text)) return false;
  if (!node || matchesSome) return true;
  return !MONITORED_EVENTS.some((other) => other.events.some((e) => matchesEvent(node, e) !== false));
}

/** What a filter is called: its logical id or address, FilterName, and the names of the metrics it publishes. */
function namesOf(filter: Resource, props: Value | undefined): string[] {
  const out = [filter.id];
  const name = field(props, 'FilterName');
  if (name?.kind === 'scalar') out.push(String(name.value));
  const t = field(props, 'MetricTransformations');
  for (const item of t?.kind === 'list' ? t.items : t ? [t] : []) {
    const m = field(item, 'MetricName');
    if (m?.kind === 'scalar') out.push(String(m.value));
  }
  return out;
}

function metricPath(filter: Resource, s: Scenario): Path {
  return field(filter.properties(s), 'MetricTransformations')?.path ?? filter.propertiesPath;
}

/** `CreateNetworkAcl, DeleteNetworkAcl and 2 more`, naming each sample by what distinguishes it. */
function listed(events: CloudTrailEvent[]): string {
  const names = [...new Set(events.map(describe))];
  return names.length <= 4 ? names.join(', ') : `${names.slice(0, 4).join(', ')} and ${names.length - 4} more`;
}

function describe(e: CloudTrailEvent): string {
  const who = (e.userIdentity as { type?: string } | undefined)?.type === 'Root' ? ' by the root user' : '';
  const error = typeof e.errorCode === 'string' ? ` denied with ${e.errorCode}` : '';
  const extra = e.additionalEventData as { MFAUsed?: string } | undefined;
  const login = e.eventName === 'ConsoleLogin' ? ` ${typeof e.errorMessage === 'string' ? 'failed' : extra?.MFAUsed === 'Yes' ? 'with MFA' : 'without MFA'}` : '';
  return `${String(e.eventName)}${login}${error}${who}`;
}

function metricName(c: MonitoredEvents): string {
  return c.name
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}
