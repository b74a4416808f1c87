import { bool, num } from './convert.ts';
import type { Convert } from './convert.ts';
import type { Mapping } from './types.ts';
import { object, placeOf } from './values.ts';

/** Terraform names the log group's ARN where CloudFormation nests it in a destination object. */
const logGroupDestination: Convert = (v) => object([['CloudWatchLogsLogGroup', object([['LogGroupArn', v]], placeOf(v))]], placeOf(v));

/** Step Functions state machines: logging, tracing and the key that encrypts execution data. */
export const STEP_FUNCTIONS: Record<string, Mapping> = {
  aws_sfn_state_machine: {
    cfn: 'AWS::StepFunctions::StateMachine',
    names: ['name'],
    spec: {
      name: 'StateMachineName',
      role_arn: 'RoleArn',
      type: 'StateMachineType',
      definition: 'DefinitionString',
      logging_configuration: {
        to: 'LoggingConfiguration',
        block: {
          level: 'Level',
          include_execution_data: { to: 'IncludeExecutionData', as: bool },
          log_destination: { to: 'Destinations', as: logGroupDestination, wrap: true },
        },
      },
      tracing_configuration: { to: 'TracingConfiguration', block: { enabled: { to: 'Enabled', as: bool } } },
      encryption_configuration: {
        to: 'EncryptionConfiguration',
        block: { type: 'Type', kms_key_id: 'KmsKeyId', kms_data_key_reuse_period_seconds: { to: 'KmsDataKeyReusePeriodSeconds', as: num } },
      },
    },
  },
};
