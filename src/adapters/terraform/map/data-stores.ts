import type { Value } from '../../../model/value.ts';
import { unknownAt } from '../values.ts';
import type { Convert } from './convert.ts';
import { bool, num } from './convert.ts';
import type { Mapping } from './types.ts';
import { attr, blockItems, object, placeOf } from './values.ts';

/**
 * `parameter { name = "rds.force_ssl" value = "1" }` blocks → CloudFormation's Parameters map. A parameter whose
 * name is only known at apply time could be any of them: the whole map is then unknown.
 */
const parameterMap: Convert = (v) => {
  const items = blockItems(v);
  if (!Array.isArray(items)) return v;
  const entries: [string, Value][] = [];
  for (const item of items) {
    const name = attr(item, 'name');
    if (item.kind === 'unknown' || name?.kind !== 'scalar') return unknownAt(placeOf(item), 'a parameter named at apply time');
    const value = attr(item, 'value');
    if (value !== undefined) entries.push([String(name.value), value]);
  }
  return object(entries, placeOf(v));
};

/** DynamoDB Accelerator clusters, SimpleDB domains, RDS parameter groups and EC2-Classic DB security groups. */
export const DATA_STORES: Record<string, Mapping> = {
  aws_db_parameter_group: {
    cfn: 'AWS::RDS::DBParameterGroup',
    names: ['name'],
    spec: { name: 'DBParameterGroupName', family: 'Family', description: 'Description', parameter: { to: 'Parameters', as: parameterMap } },
  },
  aws_rds_cluster_parameter_group: {
    cfn: 'AWS::RDS::DBClusterParameterGroup',
    names: ['name'],
    spec: { name: 'DBClusterParameterGroupName', family: 'Family', description: 'Description', parameter: { to: 'Parameters', as: parameterMap } },
  },
  aws_dax_cluster: {
    cfn: 'AWS::DAX::Cluster',
    names: ['cluster_name'],
    spec: {
      cluster_name: 'ClusterName',
      node_type: 'NodeType',
      replication_factor: { to: 'ReplicationFactor', as: num },
      iam_role_arn: 'IAMRoleARN',
      server_side_encryption: { block: { enabled: { to: 'SSESpecification.SSEEnabled', as: bool } } },
      cluster_endpoint_encryption_type: 'ClusterEndpointEncryptionType',
      subnet_group_name: 'SubnetGroupName',
      security_group_ids: 'SecurityGroupIds',
      parameter_group_name: 'ParameterGroupName',
    },
  },
  aws_simpledb_domain: { cfn: 'AWS::SDB::Domain', spec: {} },
  aws_db_security_group: {
    cfn: 'AWS::RDS::DBSecurityGroup',
    spec: {
      description: 'GroupDescription',
      ingress: {
        to: 'DBSecurityGroupIngress',
        list: true,
        block: {
          cidr: 'CIDRIP',
          security_group_name: 'EC2SecurityGroupName',
          security_group_id: 'EC2SecurityGroupId',
          security_group_owner_id: 'EC2SecurityGroupOwnerId',
        },
      },
    },
  },
};
