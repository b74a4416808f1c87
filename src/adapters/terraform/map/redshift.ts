import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { bool, num } from './convert.ts';
import type { MapContext, Mapping } from './types.ts';
import { attr, blockItems, withEntries } from './values.ts';

const logging = { log_destination_type: 'LogDestinationType', bucket_name: 'BucketName', s3_key_prefix: 'S3KeyPrefix', log_exports: 'LogExports' };
const loggingResource = Object.fromEntries(Object.entries(logging).map(([tf, cfn]) => [tf, `LoggingProperties.${cfn}`]));

/**
 * CloudFormation turns audit logging on by giving LoggingProperties; Terraform's `logging` block also says
 * `enable = false`, which is no logging at all. A block whose switch is unknown leaves the logging unknown.
 */
function loggingSwitch(props: ObjectValue, inst: TfInstance, _ctx: MapContext, s: Scenario): Value {
  const items = blockItems(attr(inst.attributes(s), 'logging'));
  if (!Array.isArray(items) || items.length === 0) return props;
  const enable = attr(items[0], 'enable');
  if (enable === undefined) return props;
  const on = bool(enable);
  if (on.kind === 'unknown') return withEntries(props, [['LoggingProperties', on]]);
  if (on.kind === 'scalar' && on.value === false) {
    const entries = new Map(props.entries);
    entries.delete('LoggingProperties');
    return { ...props, entries };
  }
  return props;
}

/** Redshift provisioned clusters, with `aws_redshift_logging` merged into LoggingProperties; parameter groups. */
export const REDSHIFT: Record<string, Mapping> = {
  aws_redshift_cluster: {
    cfn: 'AWS::Redshift::Cluster',
    names: ['cluster_identifier'],
    spec: {
      cluster_identifier: 'ClusterIdentifier',
      database_name: 'DBName',
      master_username: 'MasterUsername',
      master_password: 'MasterUserPassword',
      manage_master_password: { to: 'ManageMasterPassword', as: bool },
      node_type: 'NodeType',
      cluster_type: 'ClusterType',
      number_of_nodes: { to: 'NumberOfNodes', as: num },
      publicly_accessible: { to: 'PubliclyAccessible', as: bool },
      encrypted: { to: 'Encrypted', as: bool },
      kms_key_id: 'KmsKeyId',
      port: { to: 'Port', as: num },
      enhanced_vpc_routing: { to: 'EnhancedVpcRouting', as: bool },
      cluster_subnet_group_name: 'ClusterSubnetGroupName',
      cluster_parameter_group_name: 'ClusterParameterGroupName',
      vpc_security_group_ids: 'VpcSecurityGroupIds',
      automated_snapshot_retention_period: { to: 'AutomatedSnapshotRetentionPeriod', as: num },
      allow_version_upgrade: { to: 'AllowVersionUpgrade', as: bool },
      snapshot_identifier: 'SnapshotIdentifier',
      logging: { to: 'LoggingProperties', block: logging },
    },
    merges: [{ from: 'aws_redshift_logging', via: 'cluster_identifier', spec: loggingResource }],
    adjust: loggingSwitch,
  },
  aws_redshift_parameter_group: {
    cfn: 'AWS::Redshift::ClusterParameterGroup',
    names: ['name'],
    spec: {
      name: 'ParameterGroupName',
      family: 'ParameterGroupFamily',
      parameter: { to: 'Parameters', list: true, block: { name: 'ParameterName', value: 'ParameterValue' } },
    },
  },
};
