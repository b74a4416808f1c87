import type { Value } from '../../../model/value.ts';
import { bool } from './convert.ts';
import type { Convert } from './convert.ts';
import type { Mapping } from './types.ts';
import { object, placeOf } from './values.ts';

/** `enabled_cluster_log_types = ["api", "audit"]` is `EnabledTypes: [{Type: api}, {Type: audit}]` in CloudFormation. */
const logTypes: Convert = (v) => {
  if (v.kind !== 'list') return v;
  return { ...v, items: v.items.map((t): Value => (t.kind === 'unknown' ? t : object([['Type', t]], placeOf(t)))) };
};

/** EKS clusters and managed node groups. */
export const EKS: Record<string, Mapping> = {
  aws_eks_cluster: {
    cfn: 'AWS::EKS::Cluster',
    names: ['name'],
    spec: {
      name: 'Name',
      role_arn: 'RoleArn',
      version: 'Version',
      vpc_config: {
        to: 'ResourcesVpcConfig',
        block: {
          subnet_ids: 'SubnetIds',
          security_group_ids: 'SecurityGroupIds',
          endpoint_public_access: { to: 'EndpointPublicAccess', as: bool },
          endpoint_private_access: { to: 'EndpointPrivateAccess', as: bool },
          public_access_cidrs: 'PublicAccessCidrs',
        },
      },
      encryption_config: { to: 'EncryptionConfig', list: true, block: { resources: 'Resources', provider: { to: 'Provider', block: { key_arn: 'KeyArn' } } } },
      enabled_cluster_log_types: { to: 'Logging.ClusterLogging.EnabledTypes', as: logTypes },
    },
  },
  aws_eks_node_group: {
    cfn: 'AWS::EKS::Nodegroup',
    spec: {
      cluster_name: 'ClusterName',
      node_group_name: 'NodegroupName',
      node_role_arn: 'NodeRole',
      subnet_ids: 'Subnets',
      remote_access: { to: 'RemoteAccess', block: { ec2_ssh_key: 'Ec2SshKey', source_security_group_ids: 'SourceSecurityGroups' } },
      launch_template: { to: 'LaunchTemplate', block: { id: 'Id', name: 'Name', version: 'Version' } },
    },
  },
};
