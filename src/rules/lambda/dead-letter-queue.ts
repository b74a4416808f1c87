import type { Rule } from '../../engine/rule.ts';
import type { Resource, Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';

const FUNCTION_TYPES = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function']);

/** Set to something: a value known only at deploy time counts, an empty string or null does not. */
const isSet = (v: Value | undefined): boolean => v !== undefined && !(v.kind === 'scalar' && (v.value === null || v.value === ''));

/** The on-failure destination of an event invoke configuration (EventInvokeConfig of SAM, or the resource's own). */
const onFailure = (config: Value | undefined): Value | undefined => field(field(field(config, 'DestinationConfig'), 'OnFailure'), 'Destination');

/**
 * Whether an AWS::Lambda::EventInvokeConfig of the unit sends this function's failed events somewhere: 'unknown'
 * when one names a function the analysis cannot tell apart from this one.
 */
function invokeConfigDestination(fn: Resource, unit: Unit, s: Scenario): boolean | 'unknown' {
  const name = field(fn.properties(s), 'FunctionName');
  let maybe = false;
  for (const r of unit.resources) {
    if (r.type !== 'AWS::Lambda::EventInvokeConfig') continue;
    const props = r.properties(s);
    const target = field(props, 'FunctionName');
    if (target === undefined) continue;
    const ref = referencedResource(target, unit);
    const same = ref ? ref === fn : target.kind === 'scalar' ? name?.kind === 'scalar' && String(name.value) === String(target.value) : 'unknown';
    if (same === false) continue;
    if (!isSet(onFailure(props))) continue;
    if (same === true) return true;
    maybe = true;
  }
  return maybe ? 'unknown' : false;
}

/** Whether a value holds the scalar `text` anywhere within it (a list of services, a map of principals...). */
const holds = (v: Value | undefined, text: string): boolean =>
  v === undefined ? false : v.kind === 'scalar' ? v.value === text : v.kind === 'list' ? v.items.some((i) => holds(i, text)) : v.kind === 'object' ? [...v.entries.values()].some((i) => holds(i, text)) : false;

/**
 * A Lambda@Edge function: its role of the template trusts edgelambda.amazonaws.com, which Lambda@Edge requires.
 * CloudFront invokes such functions synchronously, and Lambda@Edge does not support dead-letter queues.
 */
function isEdgeFunction(fn: Resource, unit: Unit, s: Scenario): boolean {
  const role = referencedResource(field(fn.properties(s), 'Role'), unit);
  if (role?.type !== 'AWS::IAM::Role') return false;
  const document = field(role.properties(s), 'AssumeRolePolicyDocument');
  // Terraform keeps the trust policy as the JSON text it was written as.
  if (document?.kind === 'scalar') return typeof document.value === 'string' && document.value.includes('edgelambda.amazonaws.com');
  const statements = field(document, 'Statement');
  const items = statements?.kind === 'list' ? statements.items : statements ? [statements] : [];
  return items.some((st) => holds(field(st, 'Principal'), 'edgelambda.amazonaws.com'));
}

export const lambdaDeadLetterQueue: Rule = {
  meta: {
    id: 'lambda/dead-letter-queue',
    title: 'Lambda functions keep the events they fail to process',
    description:
      'Lambda retries an asynchronous invocation (from S3, SNS, EventBridge, CloudWatch Logs...) twice, then drops the ' +
      'event: the upload that was never scanned, the alert that was never sent, the audit record that was never written ' +
      'leave no trace but a log line. A dead-letter queue (DeadLetterConfig.TargetArn, an SQS queue or SNS topic; SAM: ' +
      'DeadLetterQueue) or an on-failure destination (an AWS::Lambda::EventInvokeConfig of the function, SAM: ' +
      'EventInvokeConfig) keeps those events for inspection and replay. Functions only invoked synchronously (API ' +
      'Gateway, function URLs) or by polling event sources (SQS, Kinesis, DynamoDB streams, which have failure ' +
      'destinations of their own) do not need one, so the rule is not in the recommended set. Lambda@Edge functions ' +
      '(whose role of the template trusts edgelambda.amazonaws.com) cannot have one and are skipped. A destination ' +
      'known only at deploy time counts as set.',
    severity: 'info',
    category: 'resilience',
    messages: {
      missing: 'Lambda function {{resource}} drops the asynchronous events it fails to process: no dead-letter queue and no on-failure destination',
    },
    fix:
      'Give the function a DeadLetterConfig with the TargetArn of an SQS queue (or SNS topic) that its role may send to, ' +
      'or an AWS::Lambda::EventInvokeConfig whose DestinationConfig.OnFailure.Destination is a queue, topic, bus or function; ' +
      'alarm on the queue depth.',
    references: {
      checkov: ['CKV_AWS_116'],
      kics: ['Lambda Function Without Dead Letter Queue'],
      urls: ['https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html'],
    },
    recommended: false,
    source: 'src/rules/lambda/dead-letter-queue.ts',
  },
  examples: {
    cloudformation: `Function:
  Type: AWS::Lambda::Function
  Properties:
    Runtime: python3.13
    Handler: app.handler
    Role: !GetAtt FunctionRole.Arn
    Code:
      S3Bucket: !Ref ArtifactBucket
      S3Key: app.zip
    DeadLetterConfig:
      TargetArn: !GetAtt FailedEvents.Arn
`,
    terraform: `resource "aws_lambda_function" "app" {
  function_name = "app"
  runtime       = "python3.13"
  handler       = "app.handler"
  role          = aws_iam_role.app.arn
  filename      = "app.zip"

  dead_letter_config {
    target_arn = aws_sqs_queue.failed_events.arn
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: FUNCTION_TYPES,
      resource(fn) {
        const props = fn.properties(context.scenario);
        if (props?.kind !== 'object') return;
        const sam = fn.type === 'AWS::Serverless::Function';
        const dlq = field(props, sam ? 'DeadLetterQueue' : 'DeadLetterConfig');
        if (dlq?.kind === 'unknown' || isSet(field(dlq, 'TargetArn'))) return;
        if (sam) {
          const config = field(props, 'EventInvokeConfig');
          if (config?.kind === 'unknown' || isSet(onFailure(config))) return;
        }
        if (invokeConfigDestination(fn, context.unit, context.scenario) !== false) return;
        if (isEdgeFunction(fn, context.unit, context.scenario)) return;
        context.report({
          messageId: 'missing',
          data: { resource: fn.id },
          path: dlq?.path ?? props.path,
          file: dlq?.file ?? props.file ?? fn.file,
          resource: fn.id,
          key: true,
        });
      },
    };
  },
};
