import { bool, num } from './convert.ts';
import type { Mapping } from './types.ts';

/** DynamoDB Accelerator clusters, SimpleDB domains and EC2-Classic DB security groups. */
export const DATA_STORES: Record<string, Mapping> = {
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
