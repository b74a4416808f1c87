import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { unknownAt } from '../values.ts';
import { bool, num } from './convert.ts';
import type { MapContext, Mapping } from './types.ts';
import { attr, placeOf, scalar, withEntries } from './values.ts';

/**
 * A cache cluster that names a replication group is one of its nodes: engine, encryption, backups and port are
 * the group's, which CloudFormation has no way to write on the cluster. Its settings are left unknown here, and
 * the group is checked on its own.
 */
function memberOfGroup(props: ObjectValue, inst: TfInstance, _ctx: MapContext, s: Scenario): Value {
  const group = attr(inst.attributes(s), 'replication_group_id');
  if (group === undefined) return props;
  return unknownAt(placeOf(group), `the replication group of ${inst.address}`);
}

/** Terraform's engine defaults to redis for a replication group; written out so a policy can read it. */
function redisByDefault(props: ObjectValue, inst: TfInstance, _ctx: MapContext, _s: Scenario): Value {
  if (props.entries.has('Engine')) return props;
  return withEntries(props, [['Engine', scalar('redis', placeOf(inst))]]);
}

/** ElastiCache (Redis OSS, Valkey, Memcached) clusters and replication groups. */
export const ELASTICACHE: Record<string, Mapping> = {
  aws_elasticache_cluster: {
    cfn: 'AWS::ElastiCache::CacheCluster',
    names: ['cluster_id'],
    spec: {
      cluster_id: 'ClusterName',
      engine: 'Engine',
      engine_version: 'EngineVersion',
      node_type: 'CacheNodeType',
      num_cache_nodes: { to: 'NumCacheNodes', as: num },
      port: { to: 'Port', as: num },
      parameter_group_name: 'CacheParameterGroupName',
      subnet_group_name: 'CacheSubnetGroupName',
      security_group_ids: 'VpcSecurityGroupIds',
      snapshot_retention_limit: { to: 'SnapshotRetentionLimit', as: num },
      snapshot_arns: 'SnapshotArns',
      snapshot_name: 'SnapshotName',
      auto_minor_version_upgrade: { to: 'AutoMinorVersionUpgrade', as: bool },
      transit_encryption_enabled: { to: 'TransitEncryptionEnabled', as: bool },
      network_type: 'NetworkType',
    },
    adjust: memberOfGroup,
  },
  aws_elasticache_replication_group: {
    cfn: 'AWS::ElastiCache::ReplicationGroup',
    names: ['replication_group_id'],
    spec: {
      replication_group_id: 'ReplicationGroupId',
      description: 'ReplicationGroupDescription',
      replication_group_description: 'ReplicationGroupDescription',
      engine: 'Engine',
      engine_version: 'EngineVersion',
      node_type: 'CacheNodeType',
      port: { to: 'Port', as: num },
      parameter_group_name: 'CacheParameterGroupName',
      subnet_group_name: 'CacheSubnetGroupName',
      security_group_ids: 'SecurityGroupIds',
      at_rest_encryption_enabled: { to: 'AtRestEncryptionEnabled', as: bool },
      kms_key_id: 'KmsKeyId',
      transit_encryption_enabled: { to: 'TransitEncryptionEnabled', as: bool },
      transit_encryption_mode: 'TransitEncryptionMode',
      auth_token: 'AuthToken',
      user_group_ids: 'UserGroupIds',
      snapshot_retention_limit: { to: 'SnapshotRetentionLimit', as: num },
      snapshot_arns: 'SnapshotArns',
      snapshot_name: 'SnapshotName',
      auto_minor_version_upgrade: { to: 'AutoMinorVersionUpgrade', as: bool },
      automatic_failover_enabled: { to: 'AutomaticFailoverEnabled', as: bool },
      multi_az_enabled: { to: 'MultiAZEnabled', as: bool },
      num_cache_clusters: { to: 'NumCacheClusters', as: num },
      number_cache_clusters: { to: 'NumCacheClusters', as: num },
      global_replication_group_id: 'GlobalReplicationGroupId',
      primary_cluster_id: 'PrimaryClusterId',
    },
    adjust: redisByDefault,
  },
};
