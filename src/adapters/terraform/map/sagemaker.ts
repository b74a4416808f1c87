import { bool, num } from './convert.ts';
import type { Mapping } from './types.ts';

/** SageMaker notebook instances, domains, models and endpoint configurations. */
export const SAGEMAKER: Record<string, Mapping> = {
  aws_sagemaker_notebook_instance: {
    cfn: 'AWS::SageMaker::NotebookInstance',
    spec: {
      name: 'NotebookInstanceName',
      role_arn: 'RoleArn',
      instance_type: 'InstanceType',
      kms_key_id: 'KmsKeyId',
      subnet_id: 'SubnetId',
      security_groups: 'SecurityGroupIds',
      direct_internet_access: 'DirectInternetAccess',
      root_access: 'RootAccess',
      platform_identifier: 'PlatformIdentifier',
      volume_size: { to: 'VolumeSizeInGB', as: num },
      lifecycle_config_name: 'LifecycleConfigName',
      instance_metadata_service_configuration: {
        block: { minimum_instance_metadata_service_version: 'InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion' },
      },
    },
  },
  aws_sagemaker_domain: {
    cfn: 'AWS::SageMaker::Domain',
    spec: {
      domain_name: 'DomainName',
      auth_mode: 'AuthMode',
      kms_key_id: 'KmsKeyId',
      app_network_access_type: 'AppNetworkAccessType',
      vpc_id: 'VpcId',
      subnet_ids: 'SubnetIds',
    },
  },
  aws_sagemaker_model: {
    cfn: 'AWS::SageMaker::Model',
    spec: {
      name: 'ModelName',
      execution_role_arn: 'ExecutionRoleArn',
      enable_network_isolation: { to: 'EnableNetworkIsolation', as: bool },
      vpc_config: { to: 'VpcConfig', block: { subnets: 'Subnets', security_group_ids: 'SecurityGroupIds' } },
    },
  },
  aws_sagemaker_endpoint_configuration: {
    cfn: 'AWS::SageMaker::EndpointConfig',
    spec: {
      name: 'EndpointConfigName',
      kms_key_arn: 'KmsKeyId',
      production_variants: {
        to: 'ProductionVariants',
        list: true,
        block: {
          variant_name: 'VariantName',
          model_name: 'ModelName',
          instance_type: 'InstanceType',
          initial_instance_count: { to: 'InitialInstanceCount', as: num },
          serverless_config: { to: 'ServerlessConfig', block: { max_concurrency: { to: 'MaxConcurrency', as: num }, memory_size_in_mb: { to: 'MemorySizeInMB', as: num } } },
        },
      },
    },
  },
};
