import type { PolicyDocument } from '../model/model.ts';
import type { StatementView } from './statement.ts';

/**
 * The service whose actions a resource policy can grant, by the type of the resource that holds it: a bucket
 * policy's `"Action": "*"` grants every S3 action and nothing else.
 */
const SERVICE_OF_OWNER: Record<string, string> = {
  'AWS::S3::BucketPolicy': 's3',
  'AWS::S3::AccessPoint': 's3',
  'AWS::S3::MultiRegionAccessPointPolicy': 's3',
  'AWS::S3Express::BucketPolicy': 's3express',
  'AWS::S3Outposts::BucketPolicy': 's3-outposts',
  'AWS::S3Outposts::AccessPoint': 's3-outposts',
  'AWS::S3ObjectLambda::AccessPointPolicy': 's3-object-lambda',
  'AWS::SQS::QueuePolicy': 'sqs',
  'AWS::SQS::QueueInlinePolicy': 'sqs',
  'AWS::SNS::TopicPolicy': 'sns',
  'AWS::SNS::TopicInlinePolicy': 'sns',
  'AWS::KMS::Key': 'kms',
  'AWS::KMS::ReplicaKey': 'kms',
  'AWS::Lambda::Permission': 'lambda',
  'AWS::SecretsManager::ResourcePolicy': 'secretsmanager',
  'AWS::ECR::Repository': 'ecr',
  'AWS::ECR::RegistryPolicy': 'ecr',
  'AWS::ECR::RepositoryCreationTemplate': 'ecr',
  'AWS::Logs::ResourcePolicy': 'logs',
  'AWS::Logs::Destination': 'logs',
  'AWS::OpenSearchService::Domain': 'es',
  'AWS::Elasticsearch::Domain': 'es',
  'AWS::EFS::FileSystem': 'elasticfilesystem',
  'AWS::Backup::BackupVault': 'backup',
  'AWS::Backup::LogicallyAirGappedBackupVault': 'backup',
  'AWS::ApiGateway::RestApi': 'execute-api',
  'AWS::CodeArtifact::Domain': 'codeartifact',
  'AWS::CodeArtifact::Repository': 'codeartifact',
  'AWS::DynamoDB::Table': 'dynamodb',
  'AWS::DynamoDB::GlobalTable': 'dynamodb',
  'AWS::Kinesis::ResourcePolicy': 'kinesis',
  'AWS::Events::EventBus': 'events',
  'AWS::Glue::ResourcePolicy': 'glue',
  'AWS::MediaStore::Container': 'mediastore',
  'AWS::MSK::ClusterPolicy': 'kafka',
  'AWS::XRay::ResourcePolicy': 'xray',
  'AWS::CloudTrail::ResourcePolicy': 'cloudtrail',
  'AWS::Organizations::ResourcePolicy': 'organizations',
};

/**
 * The services a resource policy's actions can apply to: from its owner's type, or for a standalone document
 * from the service part of its Resource ARNs. Undefined when neither tells (every service then counts).
 */
export function resourcePolicyServices(doc: PolicyDocument, statements: readonly StatementView[]): ReadonlySet<string> | undefined {
  if (doc.owner) {
    const service = SERVICE_OF_OWNER[doc.owner.type];
    return service ? new Set([service]) : undefined;
  }
  const services = new Set<string>();
  for (const st of statements) {
    for (const e of st.resource?.items ?? []) {
      const m = e.text === null ? null : /^arn:[^:]*:([^:*?]+):/.exec(e.text);
      if (!m) return undefined;
      services.add(m[1].toLowerCase());
    }
  }
  return services.size > 0 ? services : undefined;
}
