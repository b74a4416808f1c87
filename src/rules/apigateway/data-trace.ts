import type { Rule } from '../../engine/rule.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { stageOf, stageTypes } from './stage.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES = stageTypes();

const isTrue = (v: Value | undefined) => v?.kind === 'scalar' && String(v.value).toLowerCase() === 'true';

export const dataTrace: Rule = {
  meta: {
    id: 'apigateway/data-trace',
    title: 'API Gateway stages do not log full requests and responses',
    description:
      'DataTraceEnabled writes the full request and response of each call to CloudWatch Logs, headers and bodies ' +
      'included: passwords posted to a sign-in method, tokens, personal data. Anyone who can read the log group then ' +
      'reads them, for as long as the logs are kept. AWS advises against it for production APIs; execution logs at ' +
      'ERROR or INFO level (apigateway/execution-logging) and access logs record what an investigation needs without ' +
      'the payloads. Checks the method settings of REST stages (Stage, SAM Api, a Deployment\'s StageDescription and ' +
      'its MethodSettings, Terraform method settings) and the default route settings of WebSocket stages.',
    severity: 'warning',
    category: 'logging',
    messages: { on: 'API Gateway stage {{resource}} logs full requests and responses ({{where}} DataTraceEnabled is true)' },
    fix: 'Set DataTraceEnabled to false (or leave it out); turn it on only briefly, on a non-production stage, to debug.',
    references: {
      wellArchitected: ['SEC08'],
      checkov: ['CKV_AWS_276'],
      urls: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
    },
    recommended: true,
    source: 'src/rules/apigateway/data-trace.ts',
  },
  examples: {
    cloudformation: `Stage:
  Type: AWS::ApiGateway::Stage
  Properties:
    RestApiId: !Ref Api
    DeploymentId: !Ref Deployment
    StageName: prod
    MethodSettings:
      - ResourcePath: /*
        HttpMethod: '*'
        LoggingLevel: ERROR
        DataTraceEnabled: false
`,
    terraform: `resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings {
    logging_level      = "ERROR"
    data_trace_enabled = false
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        const stage = stageOf(r, context.scenario);
        if (!stage || stage.settings?.kind !== 'object') return;
        const places: { item: Value; where: string }[] = [];
        if (stage.version === 2) {
          const routes = field(stage.settings, 'DefaultRouteSettings');
          if (routes) places.push({ item: routes, where: 'the default route settings\'' });
        } else {
          if (r.type === 'AWS::ApiGateway::Deployment') places.push({ item: stage.settings, where: 'StageDescription' });
          const list = field(stage.settings, 'MethodSettings');
          for (const item of list?.kind === 'list' ? list.items : []) {
            const method = field(item, 'HttpMethod');
            const path = field(item, 'ResourcePath');
            const shown = method?.kind === 'scalar' && path?.kind === 'scalar' ? `${String(method.value)} ${String(path.value)}` : 'a method setting';
            places.push({ item, where: method?.kind === 'scalar' && method.value === '*' ? 'every method\'s' : `the ${shown} setting's` });
          }
        }
        for (const { item, where } of places) {
          const trace = field(item, 'DataTraceEnabled');
          if (!isTrue(trace)) continue;
          context.report({ messageId: 'on', data: { resource: r.id, where }, path: trace!.path, file: trace!.file ?? stage.file, resource: r.id });
        }
      },
    };
  },
};
