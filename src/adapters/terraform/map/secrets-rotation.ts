import { bool, num } from './convert.ts';
import type { Mapping } from './types.ts';

/** Rotation of a Secrets Manager secret, a resource of its own in both tools. */
export const SECRETS_ROTATION: Record<string, Mapping> = {
  aws_secretsmanager_secret_rotation: {
    cfn: 'AWS::SecretsManager::RotationSchedule',
    spec: {
      secret_id: 'SecretId',
      rotation_lambda_arn: 'RotationLambdaARN',
      rotate_immediately: { to: 'RotateImmediatelyOnUpdate', as: bool },
      rotation_rules: {
        to: 'RotationRules',
        block: { automatically_after_days: { to: 'AutomaticallyAfterDays', as: num }, schedule_expression: 'ScheduleExpression', duration: 'Duration' },
      },
    },
    refs: { SecretId: { types: ['aws_secretsmanager_secret'], names: ['name'] } },
  },
};
