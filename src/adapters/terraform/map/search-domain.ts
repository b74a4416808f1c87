import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { bool } from './convert.ts';
import type { MapContext } from './types.ts';
import { attr, blockItems, object, placeOf, scalar, withEntries } from './values.ts';

/**
 * What an OpenSearch or Elasticsearch domain's Terraform blocks mean that a table cannot say. Terraform lists
 * `log_publishing_options` blocks with a `log_type`; CloudFormation keys LogPublishingOptions by the log type. The
 * provider's defaults are written out where a template would have to state them: a log publishing block is on
 * unless it says `enabled = false`, and a `domain_endpoint_options` block requires HTTPS unless it says otherwise.
 */
export function searchDomainDefaults(props: ObjectValue, inst: TfInstance, _ctx: MapContext, s: Scenario): Value {
  const attrs = inst.attributes(s);
  const set: [string, Value][] = [];
  const logs = logPublishing(attr(attrs, 'log_publishing_options'));
  if (logs) set.push(['LogPublishingOptions', logs]);
  const endpoint = props.entries.get('DomainEndpointOptions');
  if (endpoint?.kind === 'object' && !endpoint.entries.has('EnforceHTTPS')) {
    set.push(['DomainEndpointOptions', withEntries(endpoint, [['EnforceHTTPS', scalar(true, placeOf(endpoint))]])]);
  }
  return set.length > 0 ? withEntries(props, set) : props;
}

function logPublishing(blocks: Value | undefined): Value | undefined {
  const items = blockItems(blocks);
  if (items === undefined) return undefined;
  // A dynamic block over an unknown collection: which logs it publishes is unknown.
  if (!Array.isArray(items)) return items;
  const entries: [string, Value][] = [];
  for (const item of items) {
    const type = attr(item, 'log_type');
    // A block whose log type is known only at apply time could be any of them: the whole map is unknown then.
    if (item.kind === 'unknown') return item;
    if (type?.kind === 'unknown') return { ...type, path: blocks!.path, ...(blocks!.file !== undefined ? { file: blocks!.file } : {}) };
    if (item.kind !== 'object' || type?.kind !== 'scalar' || typeof type.value !== 'string') continue;
    const enabled = attr(item, 'enabled');
    const option: [string, Value][] = [['Enabled', enabled === undefined ? scalar(true, placeOf(item)) : bool(enabled)]];
    const group = attr(item, 'cloudwatch_log_group_arn');
    if (group) option.push(['CloudWatchLogsLogGroupArn', group]);
    entries.push([type.value, object(option, placeOf(item))]);
  }
  return blocks && entries.length > 0 ? object(entries, placeOf(blocks)) : undefined;
}
