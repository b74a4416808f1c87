import { bool, json } from './convert.ts';
import type { Mapping } from './types.ts';

/** EMR clusters and their security configurations. */
export const EMR: Record<string, Mapping> = {
  aws_emr_cluster: {
    cfn: 'AWS::EMR::Cluster',
    spec: {
      name: 'Name',
      release_label: 'ReleaseLabel',
      security_configuration: 'SecurityConfiguration',
      service_role: 'ServiceRole',
      log_uri: 'LogUri',
      termination_protection: { to: 'Instances.TerminationProtected', as: bool },
      ec2_attributes: {
        block: {
          subnet_id: 'Instances.Ec2SubnetId',
          subnet_ids: 'Instances.Ec2SubnetIds',
          emr_managed_master_security_group: 'Instances.EmrManagedMasterSecurityGroup',
          emr_managed_slave_security_group: 'Instances.EmrManagedSlaveSecurityGroup',
          additional_master_security_groups: 'Instances.AdditionalMasterSecurityGroups',
          service_access_security_group: 'Instances.ServiceAccessSecurityGroup',
          key_name: 'Instances.Ec2KeyName',
          instance_profile: 'JobFlowRole',
        },
      },
      kerberos_attributes: {
        to: 'KerberosAttributes',
        block: {
          realm: 'Realm',
          kdc_admin_password: 'KdcAdminPassword',
          cross_realm_trust_principal_password: 'CrossRealmTrustPrincipalPassword',
          ad_domain_join_user: 'ADDomainJoinUser',
          ad_domain_join_password: 'ADDomainJoinPassword',
        },
      },
    },
    refs: { SecurityConfiguration: { types: ['aws_emr_security_configuration'], names: ['name'] } },
  },
  aws_emr_security_configuration: {
    cfn: 'AWS::EMR::SecurityConfiguration',
    names: ['name'],
    spec: { name: 'Name', configuration: { to: 'SecurityConfiguration', as: json } },
  },
};
