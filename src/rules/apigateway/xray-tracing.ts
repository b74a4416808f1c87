import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';
import { stageOf, stageTypes } from './stage.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES = stageTypes(1);

export const apiGatewayXrayTracing: Rule = {
  meta: {
    id: 'apigateway/xray-tracing',
    title: 'API Gateway REST stages trace requests with X-Ray',
    description:
      'With X-Ray active tracing, each request through the stage gets a trace id that follows it into the Lambda ' +
      'functions and AWS services it reaches. When investigating an incident, the traces show which backends a ' +
      'suspicious request touched and when; without them, logs of different services can only be matched by time. ' +
      'Checks TracingEnabled of AWS::ApiGateway::Stage and SAM Api (Globals included), and the StageDescription of a ' +
      'Deployment that creates its stage. HTTP APIs do not support X-Ray.',
    severity: 'info',
    category: 'logging',
    messages: { off: 'API Gateway stage {{resource}} does not trace requests with X-Ray (TracingEnabled is {{value}})' },
    fix: 'Set TracingEnabled to true, and give the functions behind the API active tracing too.',
    references: {
      fsbp: ['APIGateway.3'],
      wellArchitected: ['SEC04'],
      checkov: ['CKV_AWS_73'],
      urls: ['https://docs.aws.amazon.com/xray/latest/devguide/xray-services-apigateway.html'],
    },
    recommended: false,
    source: 'src/rules/apigateway/xray-tracing.ts',
  },
  examples: {
    cloudformation: `Stage:
  Type: AWS::ApiGateway::Stage
  Properties:
    RestApiId: !Ref Api
    DeploymentId: !Ref Deployment
    StageName: prod
    TracingEnabled: true
`,
    terraform: `resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = aws_api_gateway_rest_api.api.id
  deployment_id        = aws_api_gateway_deployment.api.id
  stage_name           = "prod"
  xray_tracing_enabled = true
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        const stage = stageOf(r, context.scenario);
        if (!stage || stage.version !== 1) return;
        const tracing = field(stage.settings, 'TracingEnabled');
        if (tracing !== undefined && (tracing.kind !== 'scalar' || String(tracing.value).toLowerCase() === 'true')) return;
        context.report({
          messageId: 'off',
          data: { resource: r.id, value: tracing?.kind === 'scalar' ? String(tracing.value) : 'not set' },
          path: tracing?.path ?? [...stage.path, 'TracingEnabled'],
          file: tracing?.file ?? stage.file,
          resource: r.id,
        });
      },
    };
  },
};
