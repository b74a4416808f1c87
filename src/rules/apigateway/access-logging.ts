import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';
import { isBlank, stageOf, stageTypes } from './stage.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES = stageTypes();

export const apiGatewayAccessLogging: Rule = {
  meta: {
    id: 'apigateway/access-logging',
    title: 'API Gateway stages write access logs',
    description:
      'Access logs are the record of who called an API: the caller\'s IP address, identity or authorizer principal, the ' +
      'request, the status returned. Without them there is no way to tell, after the fact, who used a leaked token, ' +
      'which client probed the API, or what an attacker reached. A stage writes them only when it names a destination ' +
      '(a CloudWatch Logs group, or a Firehose stream): AccessLogSetting.DestinationArn of an AWS::ApiGateway::Stage or ' +
      'a SAM Api, StageDescription.AccessLogSetting of an AWS::ApiGateway::Deployment that creates its stage ' +
      '(StageName), AccessLogSettings.DestinationArn of an AWS::ApiGatewayV2::Stage or a SAM HttpApi, Globals included. ' +
      'Execution logs (LoggingLevel) are another thing, checked by apigateway/execution-logging: they trace API ' +
      'Gateway\'s own processing, not who called.',
    severity: 'warning',
    category: 'logging',
    messages: {
      missing: 'API Gateway stage {{resource}} writes no access logs (no {{setting}}.DestinationArn)',
    },
    fix:
      'Create a CloudWatch Logs group (encrypted, with a retention period) and set its ARN as the stage\'s access log ' +
      'destination, with a format that records $context.requestId, $context.identity.sourceIp, the caller or authorizer ' +
      'principal, $context.httpMethod, $context.resourcePath and $context.status.',
    references: {
      fsbp: ['APIGateway.9'],
      wellArchitected: ['SEC04'],
      checkov: ['CKV_AWS_76', 'CKV_AWS_95'],
      cfnNag: ['W45', 'W46', 'W69'],
      kics: ['API Gateway Access Logging Disabled', 'Serverless API Access Logging Setting Undefined'],
      urls: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
    },
    recommended: false,
    source: 'src/rules/apigateway/access-logging.ts',
  },
  examples: {
    cloudformation: `Stage:
  Type: AWS::ApiGateway::Stage
  Properties:
    RestApiId: !Ref Api
    DeploymentId: !Ref Deployment
    StageName: prod
    AccessLogSetting:
      DestinationArn: !GetAtt AccessLogs.Arn
      Format: '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","caller":"$context.identity.caller","method":"$context.httpMethod","path":"$context.resourcePath","status":"$context.status"}'
`,
    terraform: `resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.access.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        const stage = stageOf(r, context.scenario);
        if (!stage) return;
        const setting = stage.version === 1 ? 'AccessLogSetting' : 'AccessLogSettings';
        const log = field(stage.settings, setting);
        if (log?.kind === 'unknown') return;
        const destination = field(log, 'DestinationArn');
        if (!isBlank(destination)) return;
        context.report({
          messageId: 'missing',
          data: { resource: r.id, setting },
          path: destination?.path ?? (log ? [...log.path, 'DestinationArn'] : [...stage.path, setting]),
          file: destination?.file ?? log?.file ?? stage.file,
          resource: r.id,
        });
      },
    };
  },
};
