import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { bool, num } from './convert.ts';
import type { Spec } from './reshape.ts';
import type { MapContext, Mapping } from './types.ts';
import { attr, blockItems, placeOf, scalar, withEntries } from './values.ts';

const clusterLink = { types: ['aws_rds_cluster'], names: ['cluster_identifier'] };

const common: Spec = {
  engine: 'Engine',
  engine_version: 'EngineVersion',
  storage_encrypted: { to: 'StorageEncrypted', as: bool },
  kms_key_id: 'KmsKeyId',
  backup_retention_period: { to: 'BackupRetentionPeriod', as: num },
  deletion_protection: { to: 'DeletionProtection', as: bool },
  iam_database_authentication_enabled: { to: 'EnableIAMDatabaseAuthentication', as: bool },
  port: { to: 'Port', as: num },
};

/**
 * A point-in-time restore copies its source: Terraform leaves `restore_type` out for the default copy, which
 * CloudFormation spells `full-copy`; written out so the model says the cluster is restored, as a template would.
 */
function restoreType(props: ObjectValue, inst: TfInstance, _ctx: MapContext, s: Scenario): Value {
  const items = blockItems(attr(inst.attributes(s), 'restore_to_point_in_time'));
  if (!Array.isArray(items) || items.length === 0 || props.entries.has('RestoreType')) return props;
  return withEntries(props, [['RestoreType', scalar('full-copy', placeOf(items[0]))]]);
}

/**
 * The AWS provider sends `publicly_accessible = false` when the configuration leaves it out, where the RDS API
 * (and so CloudFormation) makes an instance in a default VPC public: written out, at the block, so the model says
 * what AWS gets.
 */
function privateByDefault(props: ObjectValue, inst: TfInstance, _ctx: MapContext, _s: Scenario): Value {
  if (props.entries.has('PubliclyAccessible')) return props;
  return withEntries(props, [['PubliclyAccessible', scalar(false, placeOf(inst))]]);
}

/** RDS instances and clusters, Aurora, DocumentDB and Neptune. */
export const RDS: Record<string, Mapping> = {
  aws_db_instance: {
    cfn: 'AWS::RDS::DBInstance',
    names: ['identifier'],
    spec: {
      ...common,
      identifier: 'DBInstanceIdentifier',
      instance_class: 'DBInstanceClass',
      allocated_storage: { to: 'AllocatedStorage', as: num },
      storage_type: 'StorageType',
      publicly_accessible: { to: 'PubliclyAccessible', as: bool },
      multi_az: { to: 'MultiAZ', as: bool },
      username: 'MasterUsername',
      password: 'MasterUserPassword',
      manage_master_user_password: { to: 'ManageMasterUserPassword', as: bool },
      db_subnet_group_name: 'DBSubnetGroupName',
      vpc_security_group_ids: 'VPCSecurityGroups',
      snapshot_identifier: 'DBSnapshotIdentifier',
      replicate_source_db: 'SourceDBInstanceIdentifier',
      restore_to_point_in_time: {
        block: {
          source_db_instance_identifier: 'SourceDBInstanceIdentifier',
          source_dbi_resource_id: 'SourceDbiResourceId',
          source_db_instance_automated_backups_arn: 'SourceDBInstanceAutomatedBackupsArn',
          restore_time: 'RestoreTime',
          use_latest_restorable_time: { to: 'UseLatestRestorableTime', as: bool },
        },
      },
      enabled_cloudwatch_logs_exports: 'EnableCloudwatchLogsExports',
      auto_minor_version_upgrade: { to: 'AutoMinorVersionUpgrade', as: bool },
      monitoring_interval: { to: 'MonitoringInterval', as: num },
      performance_insights_enabled: { to: 'EnablePerformanceInsights', as: bool },
      performance_insights_kms_key_id: 'PerformanceInsightsKMSKeyId',
      ca_cert_identifier: 'CACertificateIdentifier',
      parameter_group_name: 'DBParameterGroupName',
    },
    adjust: privateByDefault,
  },
  aws_rds_cluster_instance: {
    cfn: 'AWS::RDS::DBInstance',
    names: ['identifier'],
    spec: {
      cluster_identifier: 'DBClusterIdentifier',
      identifier: 'DBInstanceIdentifier',
      instance_class: 'DBInstanceClass',
      engine: 'Engine',
      publicly_accessible: { to: 'PubliclyAccessible', as: bool },
      auto_minor_version_upgrade: { to: 'AutoMinorVersionUpgrade', as: bool },
      performance_insights_enabled: { to: 'EnablePerformanceInsights', as: bool },
      performance_insights_kms_key_id: 'PerformanceInsightsKMSKeyId',
      ca_cert_identifier: 'CACertificateIdentifier',
    },
    refs: { DBClusterIdentifier: clusterLink },
  },
  aws_rds_cluster: {
    cfn: 'AWS::RDS::DBCluster',
    names: ['cluster_identifier'],
    spec: {
      ...common,
      cluster_identifier: 'DBClusterIdentifier',
      engine_mode: 'EngineMode',
      master_username: 'MasterUsername',
      master_password: 'MasterUserPassword',
      manage_master_user_password: { to: 'ManageMasterUserPassword', as: bool },
      db_subnet_group_name: 'DBSubnetGroupName',
      vpc_security_group_ids: 'VpcSecurityGroupIds',
      snapshot_identifier: 'SnapshotIdentifier',
      replication_source_identifier: 'ReplicationSourceIdentifier',
      global_cluster_identifier: 'GlobalClusterIdentifier',
      restore_to_point_in_time: {
        block: {
          source_cluster_identifier: 'SourceDBClusterIdentifier',
          source_cluster_resource_id: 'SourceDbClusterResourceId',
          restore_type: 'RestoreType',
          restore_to_time: 'RestoreToTime',
          use_latest_restorable_time: { to: 'UseLatestRestorableTime', as: bool },
        },
      },
      enabled_cloudwatch_logs_exports: 'EnableCloudwatchLogsExports',
      db_cluster_instance_class: 'DBClusterInstanceClass',
      allocated_storage: { to: 'AllocatedStorage', as: num },
      storage_type: 'StorageType',
      auto_minor_version_upgrade: { to: 'AutoMinorVersionUpgrade', as: bool },
      performance_insights_enabled: { to: 'PerformanceInsightsEnabled', as: bool },
      performance_insights_kms_key_id: 'PerformanceInsightsKmsKeyId',
      db_cluster_parameter_group_name: 'DBClusterParameterGroupName',
    },
    adjust: restoreType,
  },
  aws_docdb_cluster: {
    cfn: 'AWS::DocDB::DBCluster',
    names: ['cluster_identifier'],
    spec: {
      engine_version: 'EngineVersion',
      storage_encrypted: { to: 'StorageEncrypted', as: bool },
      kms_key_id: 'KmsKeyId',
      backup_retention_period: { to: 'BackupRetentionPeriod', as: num },
      deletion_protection: { to: 'DeletionProtection', as: bool },
      port: { to: 'Port', as: num },
      cluster_identifier: 'DBClusterIdentifier',
      master_username: 'MasterUsername',
      master_password: 'MasterUserPassword',
      db_subnet_group_name: 'DBSubnetGroupName',
      vpc_security_group_ids: 'VpcSecurityGroupIds',
      snapshot_identifier: 'SnapshotIdentifier',
      restore_to_point_in_time: {
        block: { source_cluster_identifier: 'SourceDBClusterIdentifier', restore_type: 'RestoreType', restore_to_time: 'RestoreToTime' },
      },
      enabled_cloudwatch_logs_exports: 'EnableCloudwatchLogsExports',
    },
    adjust: restoreType,
  },
  aws_docdb_cluster_instance: {
    cfn: 'AWS::DocDB::DBInstance',
    spec: {
      cluster_identifier: 'DBClusterIdentifier',
      identifier: 'DBInstanceIdentifier',
      instance_class: 'DBInstanceClass',
      auto_minor_version_upgrade: { to: 'AutoMinorVersionUpgrade', as: bool },
      ca_cert_identifier: 'CACertificateIdentifier',
    },
    refs: { DBClusterIdentifier: { types: ['aws_docdb_cluster'], names: ['cluster_identifier'] } },
  },
  aws_neptune_cluster: {
    cfn: 'AWS::Neptune::DBCluster',
    names: ['cluster_identifier'],
    spec: {
      cluster_identifier: 'DBClusterIdentifier',
      engine_version: 'EngineVersion',
      storage_encrypted: { to: 'StorageEncrypted', as: bool },
      kms_key_arn: 'KmsKeyId',
      backup_retention_period: { to: 'BackupRetentionPeriod', as: num },
      deletion_protection: { to: 'DeletionProtection', as: bool },
      iam_database_authentication_enabled: { to: 'IamAuthEnabled', as: bool },
      enable_cloudwatch_logs_exports: 'EnableCloudwatchLogsExports',
      snapshot_identifier: 'SnapshotIdentifier',
      // A read replica of another cluster: CloudFormation has no such property; its storage follows the source.
      replication_source_identifier: 'SourceDBClusterIdentifier',
      neptune_subnet_group_name: 'DBSubnetGroupName',
      vpc_security_group_ids: 'VpcSecurityGroupIds',
      port: { to: 'Port', as: num },
    },
  },
  aws_neptune_cluster_instance: {
    cfn: 'AWS::Neptune::DBInstance',
    spec: {
      cluster_identifier: 'DBClusterIdentifier',
      identifier: 'DBInstanceIdentifier',
      instance_class: 'DBInstanceClass',
      publicly_accessible: { to: 'PubliclyAccessible', as: bool },
      auto_minor_version_upgrade: { to: 'AutoMinorVersionUpgrade', as: bool },
    },
    refs: { DBClusterIdentifier: { types: ['aws_neptune_cluster'], names: ['cluster_identifier'] } },
  },
};
