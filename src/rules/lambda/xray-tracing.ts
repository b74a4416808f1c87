import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';

/** Where each type says its tracing mode: CloudFormation's TracingConfig.Mode, SAM's Tracing. */
const MODE_AT: Record<string, string[]> = {
  'AWS::Lambda::Function': ['TracingConfig', 'Mode'],
  'AWS::Serverless::Function': ['Tracing'],
};

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(Object.keys(MODE_AT));

export const lambdaXrayTracing: Rule = {
  meta: {
    id: 'lambda/xray-tracing',
    title: 'Lambda functions trace their invocations with X-Ray',
    description:
      'With active tracing, each invocation records which AWS services and HTTP endpoints the function called, ' +
      'with timings and errors, under the trace id of the request that started it. During an incident the traces ' +
      'tell which downstream calls a suspicious request led to, across functions and services, where logs of each ' +
      'service can only be matched by time. PassThrough (the default) records nothing unless an upstream service ' +
      'sampled the request. Checks TracingConfig.Mode of AWS::Lambda::Function and Tracing of SAM functions (Globals ' +
      'included). The execution role needs xray:PutTraceSegments (AWSXRayDaemonWriteAccess).',
    severity: 'info',
    category: 'logging',
    messages: { off: 'Lambda function {{resource}} does not trace invocations with X-Ray (tracing mode is {{value}})' },
    fix: 'Set TracingConfig.Mode (SAM: Tracing) to Active and allow the role xray:PutTraceSegments and xray:PutTelemetryRecords.',
    references: {
      wellArchitected: ['SEC04'],
      checkov: ['CKV_AWS_50'],
      kics: ['Lambda Functions Without X-Ray Tracing'],
      urls: ['https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html'],
    },
    recommended: false,
    source: 'src/rules/lambda/xray-tracing.ts',
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
    TracingConfig:
      Mode: Active
`,
    terraform: `resource "aws_lambda_function" "app" {
  function_name = "app"
  runtime       = "python3.13"
  handler       = "app.handler"
  role          = aws_iam_role.app.arn
  filename      = "app.zip"

  tracing_config {
    mode = "Active"
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        const at = MODE_AT[r.type];
        if (!at) return;
        const props = r.properties(context.scenario);
        if (props?.kind !== 'object') return;
        const parent = at.length > 1 ? field(props, at[0]) : props;
        if (parent?.kind === 'unknown') return;
        const mode = field(parent, at[at.length - 1]);
        if (mode !== undefined && (mode.kind !== 'scalar' || String(mode.value).toLowerCase() === 'active')) return;
        context.report({
          messageId: 'off',
          data: { resource: r.id, value: mode?.kind === 'scalar' ? String(mode.value) : 'PassThrough by default' },
          path: mode?.path ?? [...(parent ?? props).path, ...(parent ? at.slice(-1) : at)],
          file: mode?.file ?? r.file,
          resource: r.id,
        });
      },
    };
  },
};
