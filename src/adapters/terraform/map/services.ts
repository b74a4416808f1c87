import { bool, num } from './convert.ts';
import type { Mapping } from './types.ts';

const roleLink = { types: ['aws_iam_role'], names: ['name'] };

/** Lambda, ECR and Secrets Manager: compute and artefacts, with their resource policies. */
export const SERVICES: Record<string, Mapping> = {
  aws_lambda_function: {
    cfn: 'AWS::Lambda::Function',
    names: ['function_name'],
    spec: {
      function_name: 'FunctionName',
      role: 'Role',
      runtime: 'Runtime',
      handler: 'Handler',
      kms_key_arn: 'KmsKeyArn',
      timeout: { to: 'Timeout', as: num },
      memory_size: { to: 'MemorySize', as: num },
      reserved_concurrent_executions: { to: 'ReservedConcurrentExecutions', as: num },
      layers: 'Layers',
      architectures: 'Architectures',
      package_type: 'PackageType',
      environment: { block: { variables: 'Environment.Variables' } },
      tracing_config: { block: { mode: 'TracingConfig.Mode' } },
      vpc_config: { to: 'VpcConfig', block: { subnet_ids: 'SubnetIds', security_group_ids: 'SecurityGroupIds' } },
      dead_letter_config: { block: { target_arn: 'DeadLetterConfig.TargetArn' } },
    },
    refs: { Role: roleLink },
  },
  aws_lambda_permission: {
    cfn: 'AWS::Lambda::Permission',
    spec: {
      action: 'Action',
      function_name: 'FunctionName',
      principal: 'Principal',
      source_arn: 'SourceArn',
      source_account: 'SourceAccount',
      principal_org_id: 'PrincipalOrgID',
      function_url_auth_type: 'FunctionUrlAuthType',
      event_source_token: 'EventSourceToken',
    },
    refs: { FunctionName: { types: ['aws_lambda_function'], names: ['function_name'] } },
  },
  aws_lambda_function_event_invoke_config: {
    cfn: 'AWS::Lambda::EventInvokeConfig',
    spec: {
      function_name: 'FunctionName',
      qualifier: 'Qualifier',
      maximum_event_age_in_seconds: { to: 'MaximumEventAgeInSeconds', as: num },
      maximum_retry_attempts: { to: 'MaximumRetryAttempts', as: num },
      destination_config: {
        to: 'DestinationConfig',
        block: {
          on_failure: { to: 'OnFailure', block: { destination: 'Destination' } },
          on_success: { to: 'OnSuccess', block: { destination: 'Destination' } },
        },
      },
    },
    refs: { FunctionName: { types: ['aws_lambda_function'], names: ['function_name'] } },
  },
  aws_lambda_function_url: {
    cfn: 'AWS::Lambda::Url',
    spec: { function_name: 'TargetFunctionArn', authorization_type: 'AuthType', qualifier: 'Qualifier', invoke_mode: 'InvokeMode' },
    refs: { TargetFunctionArn: { types: ['aws_lambda_function'], names: ['function_name'] } },
  },
  aws_ecr_repository: {
    cfn: 'AWS::ECR::Repository',
    names: ['name'],
    spec: {
      name: 'RepositoryName',
      image_tag_mutability: 'ImageTagMutability',
      image_scanning_configuration: { block: { scan_on_push: { to: 'ImageScanningConfiguration.ScanOnPush', as: bool } } },
      encryption_configuration: { to: 'EncryptionConfiguration', block: { encryption_type: 'EncryptionType', kms_key: 'KmsKey' } },
    },
    merges: [
      { from: 'aws_ecr_repository_policy', via: 'repository', spec: { policy: 'RepositoryPolicyText' }, document: { attr: 'policy', kind: 'resource' } },
      { from: 'aws_ecr_lifecycle_policy', via: 'repository', spec: { policy: 'LifecyclePolicy.LifecyclePolicyText' } },
    ],
  },
  aws_ecr_registry_policy: { cfn: 'AWS::ECR::RegistryPolicy', spec: { policy: 'PolicyText' } },
  aws_secretsmanager_secret: {
    cfn: 'AWS::SecretsManager::Secret',
    names: ['name'],
    spec: { name: 'Name', description: 'Description', kms_key_id: 'KmsKeyId' },
    documents: [{ attr: 'policy', kind: 'resource' }],
  },
  aws_secretsmanager_secret_policy: {
    cfn: 'AWS::SecretsManager::ResourcePolicy',
    spec: { secret_arn: 'SecretId', policy: 'ResourcePolicy', block_public_policy: { to: 'BlockPublicPolicy', as: bool } },
    refs: { SecretId: { types: ['aws_secretsmanager_secret'], names: ['name'] } },
  },
};
