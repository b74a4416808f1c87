import type { Rule } from '../../engine/rule.ts';
import type { Resource } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { display, field } from '../../model/value.ts';

/** FSBP SecretsManager.4's default: a secret is rotated at least every 90 days. */
const MAX_DAYS = 90;

/** How often a schedule rotates, in days: AutomaticallyAfterDays or `rate(N days)`; undefined for cron or unknown. */
function intervalDays(rules: Value | undefined): { days: number; value: Value } | undefined {
  const after = field(rules, 'AutomaticallyAfterDays');
  if (after?.kind === 'scalar' && after.value !== null && after.value !== '' && Number.isFinite(Number(after.value))) return { days: Number(after.value), value: after };
  const expr = field(rules, 'ScheduleExpression');
  const m = expr?.kind === 'scalar' ? /^rate\(\s*(\d+)\s+days?\s*\)$/i.exec(String(expr.value)) : null;
  if (m && expr) return { days: Number(m[1]), value: expr };
  const hours = expr?.kind === 'scalar' ? /^rate\(\s*(\d+)\s+hours?\s*\)$/i.exec(String(expr.value)) : null;
  if (hours && expr) return { days: Number(hours[1]) / 24, value: expr };
  return undefined;
}

export const rotation: Rule = {
  meta: {
    id: 'secretsmanager/rotation',
    title: `Secrets Manager secrets rotate automatically, at least every ${MAX_DAYS} days`,
    description:
      'A secret that never changes stays valid for as long as anyone who once read it (a former employee, a leaked log, ' +
      'a compromised build) keeps a copy. Automatic rotation (an AWS::SecretsManager::RotationSchedule, ' +
      'aws_secretsmanager_secret_rotation) replaces it on a schedule with a rotation function, which AWS provides for ' +
      `RDS, Redshift and DocumentDB credentials. A secret of the template that no schedule names is reported, and a ` +
      `schedule that waits more than ${MAX_DAYS} days. Secrets that cannot rotate (a third-party API key) should say so ` +
      'by suppressing the finding. When a schedule names a secret only known at deploy time, no secret is reported as ' +
      'unrotated. Database passwords that RDS manages (ManageMasterUserPassword) rotate without a schedule.',
    severity: 'warning',
    category: 'secrets',
    messages: {
      none: 'Secret {{resource}} is never rotated: no rotation schedule names it',
      slow: 'Secret {{secret}} is rotated every {{days}} days; rotate it at least every {{max}} days',
    },
    fix:
      'Add an AWS::SecretsManager::RotationSchedule for the secret (HostedRotationLambda for database credentials, or ' +
      `RotationLambdaARN) with RotationRules.AutomaticallyAfterDays of ${MAX_DAYS} or less; for RDS, prefer ` +
      'ManageMasterUserPassword, which rotates the password without a schedule.',
    references: {
      fsbp: ['SecretsManager.1', 'SecretsManager.4'],
      wellArchitected: ['SEC02'],
      checkov: ['CKV2_AWS_57', 'CKV_AWS_304'],
      urls: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html'],
    },
    recommended: false,
    source: 'src/rules/secretsmanager/rotation.ts',
  },
  examples: {
    cloudformation: `DatabaseSecret:
  Type: AWS::SecretsManager::Secret
  Properties:
    Name: prod/app/database
    KmsKeyId: !Ref SecretsKey
    GenerateSecretString:
      SecretStringTemplate: '{"username": "app"}'
      GenerateStringKey: password
      ExcludePunctuation: true
      PasswordLength: 32
DatabaseSecretRotation:
  Type: AWS::SecretsManager::RotationSchedule
  Properties:
    SecretId: !Ref DatabaseSecret
    RotationLambdaARN: !GetAtt RotateDatabaseSecret.Arn
    RotationRules:
      AutomaticallyAfterDays: 30
`,
    terraform: `resource "aws_secretsmanager_secret" "database" {
  name       = "prod/app/database"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_rotation" "database" {
  secret_id           = aws_secretsmanager_secret.database.id
  rotation_lambda_arn = aws_lambda_function.rotate_database_secret.arn

  rotation_rules {
    automatically_after_days = 30
  }
}
`,
  },
  create(context) {
    return {
      unit(u) {
        const s = context.scenario;
        const secrets = u.resources.filter((r) => r.type === 'AWS::SecretsManager::Secret');
        const schedules = u.resources.filter((r) => r.type === 'AWS::SecretsManager::RotationSchedule');
        const targets = schedules.map((r) => ({ schedule: r, props: r.properties(s) }));
        // A schedule for a secret only known at deploy time may rotate any of them.
        const unknownTarget = targets.some(({ props }) => {
          const id = field(props, 'SecretId');
          return id === undefined || (id.kind === 'unknown' && !/^(Ref|Fn::GetAtt) \S+/.test(id.symbol));
        });
        for (const { schedule, props } of targets) {
          const interval = intervalDays(field(props, 'RotationRules'));
          if (!interval || interval.days <= MAX_DAYS) continue;
          const id = field(props, 'SecretId');
          const secret = secrets.find((x) => names(id, x, s))?.id ?? (id ? display(id) : schedule.id);
          context.report({
            messageId: 'slow',
            data: { secret, days: interval.days, max: MAX_DAYS },
            path: interval.value.path,
            ...(interval.value.file !== undefined ? { file: interval.value.file } : {}),
            resource: schedule.id,
          });
        }
        if (unknownTarget) return;
        for (const secret of secrets) {
          if (targets.some(({ props }) => names(field(props, 'SecretId'), secret, s))) continue;
          context.report({ messageId: 'none', data: { resource: secret.id }, path: secret.path, file: secret.file, key: true, resource: secret.id });
        }
      },
    };
  },
};

/** Whether a SecretId names the secret: a `Ref` (its ARN), or its Name. */
function names(v: Value | undefined, secret: Resource, s: Scenario): boolean {
  if (v === undefined) return false;
  if (v.kind === 'unknown') return new RegExp(`^(Ref|Fn::GetAtt) ${secret.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.|$)`).test(v.symbol);
  const name = field(secret.properties(s), 'Name');
  return v.kind === 'scalar' && name?.kind === 'scalar' && String(v.value) === String(name.value);
}
