import type { PolicyKind } from '../../model/model.ts';

/**
 * Where each resource type holds IAM policy documents, as property paths (`*` for each item of a list).
 * A document given as a JSON string is parsed where it stands.
 */
export const POLICY_LOCATIONS: Record<string, { path: string[]; kind: PolicyKind; statementsOnly?: boolean }[]> = {
  // SAM `Policies` mixes managed policy names, SAM policy templates ({S3ReadPolicy: …}) and documents: only the
  // items that have a Statement are documents.
  'AWS::Serverless::Function': [
    { path: ['Policies'], kind: 'identity', statementsOnly: true },
    { path: ['Policies', '*'], kind: 'identity', statementsOnly: true },
  ],
  'AWS::Serverless::StateMachine': [
    { path: ['Policies'], kind: 'identity', statementsOnly: true },
    { path: ['Policies', '*'], kind: 'identity', statementsOnly: true },
  ],
  'AWS::IAM::Role': [
    { path: ['AssumeRolePolicyDocument'], kind: 'trust' },
    { path: ['Policies', '*', 'PolicyDocument'], kind: 'identity' },
  ],
  'AWS::IAM::User': [{ path: ['Policies', '*', 'PolicyDocument'], kind: 'identity' }],
  'AWS::IAM::Group': [{ path: ['Policies', '*', 'PolicyDocument'], kind: 'identity' }],
  'AWS::IAM::Policy': [{ path: ['PolicyDocument'], kind: 'identity' }],
  'AWS::IAM::ManagedPolicy': [{ path: ['PolicyDocument'], kind: 'identity' }],
  'AWS::IAM::RolePolicy': [{ path: ['PolicyDocument'], kind: 'identity' }],
  'AWS::IAM::UserPolicy': [{ path: ['PolicyDocument'], kind: 'identity' }],
  'AWS::IAM::GroupPolicy': [{ path: ['PolicyDocument'], kind: 'identity' }],
  'AWS::SSO::PermissionSet': [{ path: ['InlinePolicy'], kind: 'identity' }],
  'AWS::Organizations::Policy': [{ path: ['Content'], kind: 'scp' }],
  'AWS::S3::BucketPolicy': [{ path: ['PolicyDocument'], kind: 'resource' }],
  'AWS::S3::AccessPoint': [{ path: ['Policy'], kind: 'resource' }],
  'AWS::S3::MultiRegionAccessPointPolicy': [{ path: ['Policy'], kind: 'resource' }],
  'AWS::S3Express::BucketPolicy': [{ path: ['PolicyDocument'], kind: 'resource' }],
  'AWS::SQS::QueuePolicy': [{ path: ['PolicyDocument'], kind: 'resource' }],
  'AWS::SQS::QueueInlinePolicy': [{ path: ['PolicyDocument'], kind: 'resource' }],
  'AWS::SNS::TopicPolicy': [{ path: ['PolicyDocument'], kind: 'resource' }],
  'AWS::SNS::TopicInlinePolicy': [{ path: ['PolicyDocument'], kind: 'resource' }],
  'AWS::KMS::Key': [{ path: ['KeyPolicy'], kind: 'resource' }],
  'AWS::KMS::ReplicaKey': [{ path: ['KeyPolicy'], kind: 'resource' }],
  'AWS::SecretsManager::ResourcePolicy': [{ path: ['ResourcePolicy'], kind: 'resource' }],
  'AWS::ECR::Repository': [{ path: ['RepositoryPolicyText'], kind: 'resource' }],
  'AWS::ECR::RegistryPolicy': [{ path: ['PolicyText'], kind: 'resource' }],
  'AWS::Logs::ResourcePolicy': [{ path: ['PolicyDocument'], kind: 'resource' }],
  'AWS::Logs::Destination': [{ path: ['DestinationPolicy'], kind: 'resource' }],
  'AWS::OpenSearchService::Domain': [{ path: ['AccessPolicies'], kind: 'resource' }],
  'AWS::Elasticsearch::Domain': [{ path: ['AccessPolicies'], kind: 'resource' }],
  'AWS::EFS::FileSystem': [{ path: ['FileSystemPolicy'], kind: 'resource' }],
  'AWS::Backup::BackupVault': [{ path: ['AccessPolicy'], kind: 'resource' }],
  'AWS::ApiGateway::RestApi': [{ path: ['Policy'], kind: 'resource' }],
  'AWS::CodeArtifact::Domain': [{ path: ['PermissionsPolicyDocument'], kind: 'resource' }],
  'AWS::CodeArtifact::Repository': [{ path: ['PermissionsPolicyDocument'], kind: 'resource' }],
  'AWS::DynamoDB::Table': [{ path: ['ResourcePolicy', 'PolicyDocument'], kind: 'resource' }],
  'AWS::DynamoDB::GlobalTable': [{ path: ['Replicas', '*', 'ResourcePolicy', 'PolicyDocument'], kind: 'resource' }],
  'AWS::Kinesis::ResourcePolicy': [{ path: ['ResourcePolicy'], kind: 'resource' }],
  'AWS::Events::EventBus': [{ path: ['Policy'], kind: 'resource' }],
  'AWS::Glue::ResourcePolicy': [{ path: ['PolicyInJson'], kind: 'resource' }],
  'AWS::Backup::LogicallyAirGappedBackupVault': [{ path: ['AccessPolicy'], kind: 'resource' }],
  'AWS::CloudTrail::ResourcePolicy': [{ path: ['ResourcePolicy'], kind: 'resource' }],
  'AWS::ECR::RepositoryCreationTemplate': [{ path: ['RepositoryPolicy'], kind: 'resource' }],
  'AWS::MediaStore::Container': [{ path: ['Policy'], kind: 'resource' }],
  'AWS::MSK::ClusterPolicy': [{ path: ['Policy'], kind: 'resource' }],
  'AWS::Organizations::ResourcePolicy': [{ path: ['Content'], kind: 'resource' }],
  'AWS::S3ObjectLambda::AccessPointPolicy': [{ path: ['PolicyDocument'], kind: 'resource' }],
  'AWS::S3Outposts::AccessPoint': [{ path: ['Policy'], kind: 'resource' }],
  'AWS::S3Outposts::BucketPolicy': [{ path: ['PolicyDocument'], kind: 'resource' }],
  'AWS::XRay::ResourcePolicy': [{ path: ['PolicyDocument'], kind: 'resource' }],
};
