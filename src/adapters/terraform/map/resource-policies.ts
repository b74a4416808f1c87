import { bool, num } from './convert.ts';
import type { Spec } from './reshape.ts';
import { searchDomainDefaults } from './search-domain.ts';
import type { Mapping, TfDocument } from './types.ts';

const searchDomain = (versionAttr: string, version: string, cluster: string): Spec => ({
  domain_name: 'DomainName',
  [versionAttr]: version,
  access_policies: 'AccessPolicies',
  encrypt_at_rest: { to: 'EncryptionAtRestOptions', block: { enabled: { to: 'Enabled', as: bool }, kms_key_id: 'KmsKeyId' } },
  node_to_node_encryption: { to: 'NodeToNodeEncryptionOptions', block: { enabled: { to: 'Enabled', as: bool } } },
  domain_endpoint_options: {
    to: 'DomainEndpointOptions',
    block: { enforce_https: { to: 'EnforceHTTPS', as: bool }, tls_security_policy: 'TLSSecurityPolicy' },
  },
  vpc_options: { to: 'VPCOptions', block: { subnet_ids: 'SubnetIds', security_group_ids: 'SecurityGroupIds' } },
  cluster_config: {
    to: cluster,
    block: {
      instance_type: 'InstanceType',
      instance_count: { to: 'InstanceCount', as: num },
      zone_awareness_enabled: { to: 'ZoneAwarenessEnabled', as: bool },
      dedicated_master_enabled: { to: 'DedicatedMasterEnabled', as: bool },
      dedicated_master_count: { to: 'DedicatedMasterCount', as: num },
    },
  },
  advanced_security_options: {
    to: 'AdvancedSecurityOptions',
    block: {
      enabled: { to: 'Enabled', as: bool },
      internal_user_database_enabled: { to: 'InternalUserDatabaseEnabled', as: bool },
      anonymous_auth_enabled: { to: 'AnonymousAuthEnabled', as: bool },
    },
  },
});

/** Services whose main interest here is the resource policy they hold, inline or in a separate resource. */
export const RESOURCE_POLICIES: Record<string, Mapping> = {
  aws_opensearch_domain: {
    cfn: 'AWS::OpenSearchService::Domain',
    names: ['domain_name'],
    spec: searchDomain('engine_version', 'EngineVersion', 'ClusterConfig'),
    adjust: searchDomainDefaults,
    merges: [{ from: 'aws_opensearch_domain_policy', via: 'domain_name', spec: { access_policies: 'AccessPolicies' }, document: { attr: 'access_policies', kind: 'resource' } }],
  },
  aws_elasticsearch_domain: {
    cfn: 'AWS::Elasticsearch::Domain',
    names: ['domain_name'],
    spec: searchDomain('elasticsearch_version', 'ElasticsearchVersion', 'ElasticsearchClusterConfig'),
    adjust: searchDomainDefaults,
    merges: [{ from: 'aws_elasticsearch_domain_policy', via: 'domain_name', spec: { access_policies: 'AccessPolicies' }, document: { attr: 'access_policies', kind: 'resource' } }],
  },
  aws_api_gateway_rest_api: {
    cfn: 'AWS::ApiGateway::RestApi',
    names: ['name'],
    spec: { name: 'Name', description: 'Description', policy: 'Policy', endpoint_configuration: { block: { types: 'EndpointConfiguration.Types' } } },
    merges: [{ from: 'aws_api_gateway_rest_api_policy', via: 'rest_api_id', spec: { policy: 'Policy' }, document: { attr: 'policy', kind: 'resource' } }],
  },
  aws_backup_vault: {
    cfn: 'AWS::Backup::BackupVault',
    names: ['name'],
    spec: { name: 'BackupVaultName', kms_key_arn: 'EncryptionKeyArn' },
    merges: [
      { from: 'aws_backup_vault_policy', via: 'backup_vault_name', spec: { policy: 'AccessPolicy' }, document: { attr: 'policy', kind: 'resource' } },
      {
        from: 'aws_backup_vault_lock_configuration',
        via: 'backup_vault_name',
        spec: {
          min_retention_days: { to: 'LockConfiguration.MinRetentionDays', as: num },
          max_retention_days: { to: 'LockConfiguration.MaxRetentionDays', as: num },
          changeable_for_days: { to: 'LockConfiguration.ChangeableForDays', as: num },
        },
      },
    ],
  },
  aws_cloudwatch_event_bus: {
    cfn: 'AWS::Events::EventBus',
    names: ['name'],
    spec: { name: 'Name', description: 'Description', kms_key_identifier: 'KmsKeyIdentifier' },
    merges: [{ from: 'aws_cloudwatch_event_bus_policy', via: 'event_bus_name', spec: { policy: 'Policy' }, document: { attr: 'policy', kind: 'resource' } }],
  },
  aws_codeartifact_domain: {
    cfn: 'AWS::CodeArtifact::Domain',
    names: ['domain'],
    spec: { domain: 'DomainName', encryption_key: 'EncryptionKey' },
    merges: [
      { from: 'aws_codeartifact_domain_permissions_policy', via: 'domain', spec: { policy_document: 'PermissionsPolicyDocument' }, document: { attr: 'policy_document', kind: 'resource' } },
    ],
  },
  aws_codeartifact_repository: {
    cfn: 'AWS::CodeArtifact::Repository',
    names: ['repository'],
    spec: { repository: 'RepositoryName', domain: 'DomainName', description: 'Description' },
    merges: [
      { from: 'aws_codeartifact_repository_permissions_policy', via: 'repository', spec: { policy_document: 'PermissionsPolicyDocument' }, document: { attr: 'policy_document', kind: 'resource' } },
    ],
  },
};

/** Resource policies of Terraform types with no CloudFormation counterpart here, checked as they stand. */
export const UNMAPPED_DOCUMENTS: Record<string, TfDocument[]> = {
  aws_glue_resource_policy: [{ attr: 'policy', kind: 'resource' }],
  aws_glacier_vault: [{ attr: 'access_policy', kind: 'resource' }],
  aws_glacier_vault_lock: [{ attr: 'policy', kind: 'resource' }],
  aws_media_store_container_policy: [{ attr: 'policy', kind: 'resource' }],
  aws_acmpca_policy: [{ attr: 'policy', kind: 'resource' }],
  aws_networkfirewall_resource_policy: [{ attr: 'policy', kind: 'resource' }],
  aws_s3control_access_point_policy: [{ attr: 'policy', kind: 'resource' }],
  aws_s3control_bucket_policy: [{ attr: 'policy', kind: 'resource' }],
  aws_sagemaker_model_package_group_policy: [{ attr: 'resource_policy', kind: 'resource' }],
};
