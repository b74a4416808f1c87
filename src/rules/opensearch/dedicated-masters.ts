import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';
import { CLUSTER_TYPES, clusterConfigOf, count, flag } from './cluster-config.ts';

export const dedicatedMasters: Rule = {
  meta: {
    id: 'opensearch/dedicated-masters',
    title: 'OpenSearch and Elasticsearch domains have three dedicated master nodes',
    description:
      'Master nodes keep the cluster state: which shards are where, the index mappings and settings. Without dedicated ' +
      'masters, data nodes also do this work, and a data node overloaded by queries or indexing can stall the whole ' +
      'cluster; with only one or two dedicated masters, losing one can leave the cluster without a quorum to elect a ' +
      'new one, and it stops accepting writes. Three dedicated masters tolerate the loss of one. Not in the recommended ' +
      'set: small or test domains may do without.',
    severity: 'warning',
    category: 'resilience',
    messages: {
      none: 'Search domain {{resource}} has no dedicated master nodes ({{setting}}.DedicatedMasterEnabled is not true)',
      few: 'Search domain {{resource}} has {{count}} dedicated master node(s); three keep a quorum when one fails ({{setting}}.DedicatedMasterCount)',
    },
    fix: 'Set DedicatedMasterEnabled to true, DedicatedMasterCount to 3 and a DedicatedMasterType sized for the cluster.',
    references: {
      fsbp: ['ES.7'],
      urls: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/managedomains-dedicatedmasternodes.html'],
    },
    recommended: false,
    source: 'src/rules/opensearch/dedicated-masters.ts',
  },
  examples: {
    cloudformation: `Search:
  Type: AWS::OpenSearchService::Domain
  Properties:
    ClusterConfig:
      InstanceType: r6g.large.search
      InstanceCount: 3
      DedicatedMasterEnabled: true
      DedicatedMasterType: m6g.large.search
      DedicatedMasterCount: 3
`,
    terraform: `resource "aws_opensearch_domain" "search" {
  domain_name = "search"

  cluster_config {
    instance_type            = "r6g.large.search"
    instance_count           = 3
    dedicated_master_enabled = true
    dedicated_master_type    = "m6g.large.search"
    dedicated_master_count   = 3
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
        // A setting left out is reported at the key of the settings that lack it.
        const at = (v: ReturnType<typeof field>) => ({ path: v?.path ?? cluster.path, ...(v ? {} : { key: true }), ...((v?.file ?? cluster.file) !== undefined ? { file: v?.file ?? cluster.file } : {}) });
        const enabled = field(cluster.config, 'DedicatedMasterEnabled');
        const on = flag(enabled);
        if (on === 'unknown') return;
        if (!on) {
          context.report({ messageId: 'none', data: { resource: r.id, setting: cluster.name }, ...at(enabled), resource: r.id });
          return;
        }
        const masters = field(cluster.config, 'DedicatedMasterCount');
        // The service requires a count with dedicated masters; an absent one is left to that validation.
        if (masters === undefined) return;
        const n = count(masters, 0);
        if (n === 'unknown' || n >= 3) return;
        context.report({ messageId: 'few', data: { resource: r.id, count: n, setting: cluster.name }, ...at(masters), resource: r.id });
      },
    };
  },
};
