import type { Resource, Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';
import type { Truth } from '../../logs/filter-pattern.ts';

/** A metric an alarm reads: its name and namespace as written. */
interface AlarmMetric {
  name: Value | undefined;
  namespace: Value | undefined;
}

/** The alarms of the unit that watch a metric the filter publishes, and whether others might (unknown names). */
export function alarmsOn(filter: Resource, unit: Unit, s: Scenario): { alarms: Resource[]; undecided: boolean } {
  const transformations = itemsOf(field(filter.properties(s), 'MetricTransformations'));
  const alarms: Resource[] = [];
  let undecided = transformations === undefined;
  for (const alarm of unit.resources) {
    if (alarm.type !== 'AWS::CloudWatch::Alarm') continue;
    const props = alarm.properties(s);
    if (props?.kind === 'unknown') {
      undecided = true;
      continue;
    }
    let best: Truth = false;
    for (const m of metricsOf(props)) for (const t of transformations ?? []) best = or(best, reads(m, t, filter, unit));
    if (best === true) alarms.push(alarm);
    else if (best === 'unknown') undecided = true;
  }
  return { alarms, undecided };
}

/**
 * Whether an alarm notifies anyone: AlarmActions with at least one action, and ActionsEnabled not false. With the
 * value to point at when it does not.
 */
export function notifies(alarm: Resource, s: Scenario): { truth: Truth; at: Value | undefined; why: string } {
  const props = alarm.properties(s);
  const enabled = field(props, 'ActionsEnabled');
  if (enabled?.kind === 'scalar' && String(enabled.value).toLowerCase() === 'false') return { truth: false, at: enabled, why: 'ActionsEnabled is false' };
  const actions = field(props, 'AlarmActions');
  if (actions === undefined) return { truth: false, at: undefined, why: 'it has no AlarmActions' };
  if (actions.kind === 'list' && actions.items.length === 0) return { truth: false, at: actions, why: 'its AlarmActions is empty' };
  return { truth: actions.kind === 'unknown' || enabled?.kind === 'unknown' ? 'unknown' : true, at: actions, why: '' };
}

/** The metrics an alarm reads: MetricName and Namespace, or each MetricStat of a metric math alarm. */
function metricsOf(props: Value | undefined): AlarmMetric[] {
  const out: AlarmMetric[] = [];
  const name = field(props, 'MetricName');
  if (name) out.push({ name, namespace: field(props, 'Namespace') });
  for (const q of itemsOf(field(props, 'Metrics')) ?? []) {
    const metric = field(field(q, 'MetricStat'), 'Metric');
    if (metric) out.push({ name: field(metric, 'MetricName'), namespace: field(metric, 'Namespace') });
  }
  return out;
}

function reads(m: AlarmMetric, t: Value, filter: Resource, unit: Unit): Truth {
  if (m.name === undefined) return false;
  if (m.name.kind === 'unknown') {
    // `metric_name = aws_cloudwatch_log_metric_filter.x.id` names the filter itself.
    const named = referencedResource(m.name, unit);
    if (named) return named === filter;
    return 'unknown';
  }
  const name = field(t, 'MetricName');
  const namespace = field(t, 'MetricNamespace');
  if (name?.kind !== 'scalar' || m.name.kind !== 'scalar') return name?.kind === 'unknown' || t.kind === 'unknown' ? 'unknown' : false;
  if (String(name.value) !== String(m.name.value)) return false;
  if (namespace?.kind === 'scalar' && m.namespace?.kind === 'scalar') return String(namespace.value) === String(m.namespace.value);
  return 'unknown';
}

function or(a: Truth, b: Truth): Truth {
  return a === true || b === true ? true : a === 'unknown' || b === 'unknown' ? 'unknown' : false;
}

function itemsOf(v: Value | undefined): Value[] | undefined {
  if (v === undefined || v.kind === 'unknown') return undefined;
  return v.kind === 'list' ? v.items : [v];
}
