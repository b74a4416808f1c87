import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root.ts';

/** SAM resource types, which the CloudFormation registry does not list. */
const SAM_TYPES: Record<string, string[]> = {
  'AWS::Serverless::Function': ['Architectures', 'AssumeRolePolicyDocument', 'AutoPublishAlias', 'CodeUri', 'DeadLetterQueue', 'Environment', 'Events', 'FunctionName', 'FunctionUrlConfig', 'Handler', 'ImageUri', 'InlineCode', 'KmsKeyArn', 'Layers', 'MemorySize', 'PackageType', 'PermissionsBoundary', 'Policies', 'ReservedConcurrentExecutions', 'Role', 'Runtime', 'Tags', 'Timeout', 'Tracing', 'VpcConfig'],
  'AWS::Serverless::Api': ['AccessLogSetting', 'Auth', 'CacheClusterEnabled', 'Cors', 'DefinitionBody', 'DefinitionUri', 'Domain', 'EndpointConfiguration', 'MethodSettings', 'Name', 'StageName', 'TracingEnabled'],
  'AWS::Serverless::HttpApi': ['AccessLogSettings', 'Auth', 'CorsConfiguration', 'DefinitionBody', 'DefinitionUri', 'Domain', 'StageName'],
  'AWS::Serverless::SimpleTable': ['PrimaryKey', 'ProvisionedThroughput', 'SSESpecification', 'TableName', 'Tags'],
  'AWS::Serverless::StateMachine': ['Definition', 'DefinitionUri', 'Logging', 'Name', 'Policies', 'Role', 'Tracing', 'Type'],
  'AWS::Serverless::LayerVersion': ['CompatibleRuntimes', 'ContentUri', 'LayerName'],
  'AWS::Serverless::Application': ['Location', 'Parameters'],
  'AWS::Serverless::Connector': ['Destination', 'Permissions', 'Source'],
  'AWS::Serverless::GraphQLApi': ['Auth', 'Logging', 'Name', 'SchemaInline', 'SchemaUri', 'XrayEnabled'],
};

let types: Map<string, Set<string>> | undefined;

/** Every known resource type with its top-level property names (from cfn-lint's schemas, plus SAM). */
export function resourceTypes(): Map<string, Set<string>> {
  if (types) return types;
  const data = JSON.parse(readFileSync(join(packageRoot(), 'data', 'cfn-resource-types.json'), 'utf8')) as { types: Record<string, { properties: string[] }> };
  types = new Map(Object.entries(data.types).map(([t, d]) => [t, new Set(d.properties)]));
  for (const [t, props] of Object.entries(SAM_TYPES)) types.set(t, new Set(props));
  return types;
}
