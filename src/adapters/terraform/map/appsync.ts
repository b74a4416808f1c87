import { bool } from './convert.ts';
import type { Mapping } from './types.ts';

/** AppSync GraphQL APIs: how callers authenticate and what the API logs. */
export const APPSYNC: Record<string, Mapping> = {
  aws_appsync_graphql_api: {
    cfn: 'AWS::AppSync::GraphQLApi',
    names: ['name'],
    spec: {
      name: 'Name',
      authentication_type: 'AuthenticationType',
      additional_authentication_provider: { to: 'AdditionalAuthenticationProviders', list: true, block: { authentication_type: 'AuthenticationType' } },
      log_config: {
        to: 'LogConfig',
        block: {
          cloudwatch_logs_role_arn: 'CloudWatchLogsRoleArn',
          field_log_level: 'FieldLogLevel',
          exclude_verbose_content: { to: 'ExcludeVerboseContent', as: bool },
        },
      },
      xray_enabled: { to: 'XrayEnabled', as: bool },
      visibility: 'Visibility',
      introspection_config: 'IntrospectionConfig',
    },
  },
};
