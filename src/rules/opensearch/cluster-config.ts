import type { Path } from '../../core/range.ts';
import type { Resource } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

/** The legacy Elasticsearch type names its cluster settings differently from the OpenSearch one. */
const CLUSTER_CONFIG: Record<string, string> = {
  'AWS::OpenSearchService::Domain': 'ClusterConfig',
  'AWS::Elasticsearch::Domain': 'ElasticsearchClusterConfig',
};

/** The domain types clusterConfigOf reads, for a rule's resourceTypes hint. */
export const CLUSTER_TYPES: ReadonlySet<string> = new Set(Object.keys(CLUSTER_CONFIG));

export interface ClusterConfig {
  /** The property's name on this type, for messages. */
  name: string;
  /** Undefined when the domain leaves every cluster setting to its default. */
  config: Value | undefined;
  /** Where a missing setting is reported. */
  path: Path;
  file: string | undefined;
}

/** A search domain's cluster settings, or undefined when it is not a domain or they are known only at deploy time. */
export function clusterConfigOf(r: Resource, s: Scenario): ClusterConfig | undefined {
  const name = CLUSTER_CONFIG[r.type];
  if (!name) return undefined;
  const props = r.properties(s);
  if (props?.kind !== 'object') return undefined;
  const config = field(props, name);
  if (config?.kind === 'unknown') return undefined;
  return { name, config, path: config?.path ?? [...props.path, name], file: config?.file ?? props.file };
}

/** A setting's value as a number, the default when it is absent, or 'unknown'. */
export function count(v: Value | undefined, fallback: number): number | 'unknown' {
  if (v === undefined) return fallback;
  if (v.kind !== 'scalar') return 'unknown';
  const n = Number(v.value);
  return Number.isFinite(n) ? n : 'unknown';
}

/** A boolean setting, false when absent, or 'unknown'. */
export function flag(v: Value | undefined): boolean | 'unknown' {
  if (v === undefined) return false;
  if (v.kind !== 'scalar') return 'unknown';
  return String(v.value).toLowerCase() === 'true';
}
