import { bool } from './convert.ts';
import type { Mapping } from './types.ts';

/** Athena workgroups: where query results go, how they are encrypted, and whether clients may override it. */
export const ATHENA: Record<string, Mapping> = {
  aws_athena_workgroup: {
    cfn: 'AWS::Athena::WorkGroup',
    names: ['name'],
    spec: {
      name: 'Name',
      state: 'State',
      configuration: {
        to: 'WorkGroupConfiguration',
        block: {
          enforce_workgroup_configuration: { to: 'EnforceWorkGroupConfiguration', as: bool },
          publish_cloudwatch_metrics_enabled: { to: 'PublishCloudWatchMetricsEnabled', as: bool },
          result_configuration: {
            to: 'ResultConfiguration',
            block: {
              output_location: 'OutputLocation',
              encryption_configuration: { to: 'EncryptionConfiguration', block: { encryption_option: 'EncryptionOption', kms_key_arn: 'KmsKey' } },
            },
          },
        },
      },
    },
  },
};
