import type { Rule } from '../../engine/rule.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['aws_db_snapshot', 'aws_db_cluster_snapshot']);

/**
 * CloudFormation has no resource for a database snapshot. Terraform's aws_db_snapshot and aws_db_cluster_snapshot
 * share a manual snapshot with the accounts listed in shared_accounts, where "all" makes it public; no
 * CloudFormation type maps onto them, so they are read as Terraform writes them.
 */
export const snapshotNotPublic: Rule = {
  meta: {
    id: 'rds/snapshot-not-public',
    title: 'Manual database snapshots are not shared with everyone',
    description:
      'A manual RDS or Aurora snapshot shared with "all" can be copied and restored by any AWS account: the whole ' +
      'database, users, password hashes and all, outside the owner\'s control and without any trace in its logs. ' +
      'Terraform shares a snapshot through shared_accounts on aws_db_snapshot and aws_db_cluster_snapshot; "all" ' +
      'makes it public (AWS Security Hub control RDS.1). Sharing with named accounts is not reported. A snapshot ' +
      'encrypted with a customer managed key can only be shared with accounts the key policy lets in, and an ' +
      'encrypted snapshot cannot be made public at all, so the setting fails there; it is still reported, since ' +
      'the intent is to publish the data. A list known only at apply time is not judged.',
    severity: 'error',
    category: 'public-access',
    messages: {
      public: 'Snapshot {{resource}} is shared with every AWS account (shared_accounts includes "all")',
    },
    fix: 'Remove "all" from shared_accounts, and list only the account ids that need the snapshot (a backup or recovery account).',
    references: {
      wellArchitected: ['SEC08'],
      checkov: ['CKV_AWS_302'],
      urls: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ShareSnapshot.html'],
    },
    recommended: true,
    // CloudFormation has no resource for a database snapshot.
    formats: ['terraform', 'terraform-plan'],
    source: 'src/rules/rds/snapshot-not-public.ts',
  },
  examples: {
    terraform: `resource "aws_db_snapshot" "before_upgrade" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-before-upgrade"
  shared_accounts        = ["111122223333"] # the recovery account
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        if (!TYPES.has(r.type)) return;
        const shared = field(r.properties(context.scenario), 'shared_accounts');
        const items: Value[] = shared?.kind === 'list' ? shared.items : [];
        const everyone = items.find((v) => v.kind === 'scalar' && typeof v.value === 'string' && v.value.trim().toLowerCase() === 'all');
        if (!everyone) return;
        context.report({ messageId: 'public', data: { resource: r.id }, path: everyone.path, resource: r.id, ...(everyone.via ? { related: everyone.via } : {}) });
      },
    };
  },
};
