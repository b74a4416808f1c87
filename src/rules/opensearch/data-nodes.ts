import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';
import { CLUSTER_TYPES, clusterConfigOf, count, flag } from './cluster-config.ts';

export const dataNodes: Rule = {
  meta: {
    id: 'opensearch/data-nodes',
    title: 'OpenSearch and Elasticsearch domains run at least three data nodes across availability zones',
    description:
      'A domain with fewer than three data nodes, or with zone awareness off, keeps its shards and their replicas in one ' +
      'place: losing a node or an availability zone makes indices unavailable, or loses the data of indices without ' +
      'replicas, and a red cluster rejects writes. Three or more data nodes with ZoneAwarenessEnabled spread replicas ' +
      'over two or three zones. InstanceCount defaults to 1 and zone awareness to off. Not in the recommended set: ' +
      'development and test domains are often single-node on purpose.',
    severity: 'warning',
    category: 'resilience',
    messages: {
      fewNodes: 'Search domain {{resource}} runs {{count}} data node(s); at least three keep it available when one fails ({{setting}}.InstanceCount)',
      oneZone: 'Search domain {{resource}} keeps its data nodes in one availability zone ({{setting}}.ZoneAwarenessEnabled is not true)',
    },
    fix: 'Set InstanceCount to 3 or more (a multiple of the zone count) and ZoneAwarenessEnabled to true with ZoneAwarenessConfig.AvailabilityZoneCount 2 or 3.',
    references: {
      fsbp: ['ES.6', 'Opensearch.6'],
      urls: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-multiaz.html'],
    },
    recommended: false,
    source: 'src/rules/opensearch/data-nodes.ts',
  },
  examples: {
    cloudformation: `Search:
  Type: AWS::OpenSearchService::Domain
  Properties:
    ClusterConfig:
      InstanceType: r6g.large.search
      InstanceCount: 3
      ZoneAwarenessEnabled: true
      ZoneAwarenessConfig:
        AvailabilityZoneCount: 3
`,
    terraform: `resource "aws_opensearch_domain" "search" {
  domain_name = "search"

  cluster_config {
    instance_type          = "r6g.large.search"
    instance_count         = 3
    zone_awareness_enabled = true
    zone_awareness_config {
      availability_zone_count = 3
    }
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: CLUSTER_TYPES,
      resource(r) {
        const cluster = clusterConfigOf(r, context.scenario);
        if (!cluster) return;
        const instances = field(cluster.config, 'InstanceCount');
        const n = count(instances, 1);
        if (n === 'unknown') return;
        // A setting left out is reported at the key of the settings that lack it.
        const where = (v: typeof instances) => ({ path: v?.path ?? cluster.path, ...(v ? {} : { key: true }), ...((v?.file ?? cluster.file) !== undefined ? { file: v?.file ?? cluster.file } : {}) });
        if (n < 3) {
          context.report({ messageId: 'fewNodes', data: { resource: r.id, count: n, setting: cluster.name }, ...where(instances), resource: r.id });
          return;
        }
        const zones = field(cluster.config, 'ZoneAwarenessEnabled');
        if (flag(zones) !== false) return;
        context.report({ messageId: 'oneZone', data: { resource: r.id, setting: cluster.name }, ...where(zones), resource: r.id });
      },
    };
  },
};
