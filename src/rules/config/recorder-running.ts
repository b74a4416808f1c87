import type { Rule } from '../../engine/rule.ts';
import type { Resource, Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::Config::ConfigurationRecorder']);

/** Terraform starts a recorder only through this resource; CloudFormation starts it once a delivery channel exists. */
const RECORDER_STATUS = 'aws_config_configuration_recorder_status';

export const recorderRunning: Rule = {
  meta: {
    id: 'config/recorder-running',
    title: 'AWS Config recorders have a delivery channel and are started',
    description:
      'A configuration recorder records nothing until it is started, and it can only start with a delivery channel, the ' +
      'bucket where Config writes its history and snapshots (one per region). A template that creates a recorder without ' +
      'an AWS::Config::DeliveryChannel relies on one made elsewhere; if there is none, Config is silently off and every ' +
      'Config rule evaluates nothing. Terraform never starts a recorder by itself: it takes an ' +
      'aws_config_configuration_recorder_status with is_enabled = true. A delivery channel under a condition counts (the ' +
      'condition usually says whether the region already has one), as does a status whose recorder is known only at ' +
      'apply time.',
    severity: 'warning',
    category: 'logging',
    messages: {
      noChannel: 'AWS Config recorder {{resource}} has no delivery channel in this template, and records nothing unless the region already has one',
      notStarted: 'AWS Config recorder {{resource}} is never started: no aws_config_configuration_recorder_status enables it',
      stopped: 'AWS Config recorder {{resource}} is stopped (is_enabled is false)',
    },
    fix:
      'Add an AWS::Config::DeliveryChannel (aws_config_delivery_channel) naming the bucket for configuration history; in ' +
      'Terraform, add an aws_config_configuration_recorder_status for the recorder with is_enabled = true, depending on ' +
      'the delivery channel.',
    references: {
      fsbp: ['Config.1'],
      cis: ['3.3'],
      wellArchitected: ['SEC04'],
      checkov: ['CKV2_AWS_45'],
      urls: ['https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html'],
    },
    recommended: false,
    source: 'src/rules/config/recorder-running.ts',
  },
  examples: {
    cloudformation: `ConfigRecorder:
  Type: AWS::Config::ConfigurationRecorder
  Properties:
    RoleARN: !GetAtt ConfigRole.Arn
    RecordingGroup:
      AllSupported: true
      IncludeGlobalResourceTypes: true
ConfigDeliveryChannel:
  Type: AWS::Config::DeliveryChannel
  Properties:
    S3BucketName: !Ref ConfigBucket
    ConfigSnapshotDeliveryProperties:
      DeliveryFrequency: TwentyFour_Hours
`,
    terraform: `resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = aws_iam_role.config.arn

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }
}

resource "aws_config_delivery_channel" "main" {
  name           = "main"
  s3_bucket_name = aws_s3_bucket.config.id
  depends_on     = [aws_config_configuration_recorder.main]
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.main]
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(recorder) {
        if (recorder.type !== 'AWS::Config::ConfigurationRecorder') return;
        const unit = context.unit;
        if (!unit.resources.some((r) => r.type === 'AWS::Config::DeliveryChannel')) {
          context.report({ messageId: 'noChannel', data: { resource: recorder.id }, path: recorder.path, key: true, resource: recorder.id });
        }
        if (recorder.provider !== 'terraform') return;
        const statuses = unit.resources.filter((r) => r.type === RECORDER_STATUS).map((r) => ({ r, props: r.properties(context.scenario) }));
        let started = false;
        for (const { r, props } of statuses) {
          const names = namesRecorder(field(props, 'name'), recorder, unit, context.scenario);
          if (names === false) continue;
          const enabled = field(props, 'is_enabled');
          if (names === 'unknown' || enabled === undefined || enabled.kind !== 'scalar' || String(enabled.value).toLowerCase() !== 'false') {
            started = true;
            continue;
          }
          context.report({ messageId: 'stopped', data: { resource: recorder.id }, path: enabled.path, file: r.file, resource: r.id });
          started = true;
        }
        if (!started) context.report({ messageId: 'notStarted', data: { resource: recorder.id }, path: recorder.path, key: true, resource: recorder.id });
      },
    };
  },
};

/** Whether a status's `name` is this recorder's: a reference to it, or its name. */
function namesRecorder(name: Value | undefined, recorder: Resource, unit: Unit, s: Scenario): boolean | 'unknown' {
  if (name === undefined) return false;
  if (name.kind === 'unknown') {
    const named = referencedResource(name, unit) ?? unit.resources.find((r) => new RegExp(`(^|[^\\w.])${escape(r.id)}\\.`).test(name.symbol));
    return named === undefined ? 'unknown' : named === recorder;
  }
  const own = field(recorder.properties(s), 'Name');
  if (own === undefined) return name.kind === 'scalar' && name.value === 'default';
  if (own.kind !== 'scalar') return 'unknown';
  return name.kind === 'scalar' && name.value === own.value;
}

const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
