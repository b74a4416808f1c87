import type { Path } from '../../core/range.ts';
import type { Rule } from '../../engine/rule.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';
import { stageOf, stageTypes } from './stage.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES = stageTypes(undefined, 'AWS::Serverless::HttpApi');

const LOGGING = new Set(['error', 'info']);

/** The level a setting names, lower-cased; 'unknown' when only known at deploy time. */
function level(v: Value | undefined): string | undefined {
  if (v === undefined) return undefined;
  return v.kind === 'scalar' ? String(v.value ?? '').toLowerCase() : 'unknown';
}

export const executionLogging: Rule = {
  meta: {
    id: 'apigateway/execution-logging',
    title: 'API Gateway REST and WebSocket stages write execution logs',
    description:
      'Execution logs record what API Gateway did with each request: authorizer results, throttling, integration ' +
      'errors, which the access log does not explain. They show an attacker\'s failed attempts at an authorizer and ' +
      'the errors a probe provoked. A REST stage writes them for every method when a method setting for all methods ' +
      '(HttpMethod "*") sets LoggingLevel to ERROR or INFO (or, for a Deployment that creates its stage, ' +
      'StageDescription.LoggingLevel); a setting that turns a method\'s logging OFF is reported too. A WebSocket stage ' +
      '(AWS::ApiGatewayV2::Stage of an API of the template whose ProtocolType is WEBSOCKET) needs ' +
      'DefaultRouteSettings.LoggingLevel; HTTP APIs have no execution logs, so their stages are only reported for an ' +
      'explicit OFF. The account needs a CloudWatch Logs role for API Gateway (AWS::ApiGateway::Account).',
    severity: 'info',
    category: 'logging',
    messages: {
      missing: 'API Gateway stage {{resource}} writes no execution logs: {{setting}}',
      off: 'API Gateway stage {{resource}} turns execution logging off ({{setting}} is {{value}})',
    },
    fix: 'Add a method setting for all methods (ResourcePath "/*", HttpMethod "*") with LoggingLevel ERROR (or INFO), and keep DataTraceEnabled false so request bodies stay out of the logs.',
    references: {
      fsbp: ['APIGateway.1'],
      wellArchitected: ['SEC04'],
      checkov: ['CKV2_AWS_4'],
      kics: ['API Gateway Access Logging Disabled'],
      urls: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
    },
    recommended: false,
    source: 'src/rules/apigateway/execution-logging.ts',
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
        MetricsEnabled: true
`,
    terraform: `resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings {
    logging_level   = "ERROR"
    metrics_enabled = true
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        const stage = stageOf(r, context.scenario);
        if (!stage || r.type === 'AWS::Serverless::HttpApi') return;
        const report = (messageId: string, setting: string, path: Path, at: Value | undefined, value = '') =>
          context.report({ messageId, data: { resource: r.id, setting, value }, path, file: at?.file ?? stage.file, resource: r.id });

        if (stage.version === 2) {
          const routes = field(stage.settings, 'DefaultRouteSettings');
          if (routes?.kind === 'unknown') return;
          const setting = field(routes, 'LoggingLevel');
          const named = level(setting);
          if (named === 'off') return report('off', 'DefaultRouteSettings.LoggingLevel', setting!.path, setting, 'OFF');
          const api = referencedResource(field(stage.settings, 'ApiId'), context.unit);
          const protocol = level(field(api?.properties(context.scenario), 'ProtocolType'));
          if (protocol !== 'websocket' || named === 'unknown' || (named !== undefined && LOGGING.has(named))) return;
          return report('missing', 'DefaultRouteSettings.LoggingLevel is not ERROR or INFO', setting?.path ?? (routes ? [...routes.path, 'LoggingLevel'] : [...stage.path, 'DefaultRouteSettings']), setting ?? routes);
        }

        if (stage.settings !== undefined && stage.settings.kind !== 'object') return;
        const list = field(stage.settings, 'MethodSettings');
        if (list !== undefined && list.kind !== 'list') return;
        const items = list?.kind === 'list' ? list.items : [];
        // A Deployment's StageDescription sets the level of every method itself.
        const stageWide = r.type === 'AWS::ApiGateway::Deployment' && stage.settings ? [stage.settings] : [];
        let everyMethod: 'on' | 'unknown' | undefined;
        let firstAll: Value | undefined;
        for (const item of [...stageWide, ...items]) {
          if (item.kind === 'unknown') everyMethod ??= 'unknown';
          if (item.kind !== 'object') continue;
          const method = field(item, 'HttpMethod');
          const isAll = item === stage.settings || (method?.kind === 'scalar' && method.value === '*') || method?.kind === 'unknown';
          const setting = field(item, 'LoggingLevel');
          const named = level(setting);
          if (named === 'off' || (named !== undefined && named !== 'unknown' && !LOGGING.has(named))) {
            report('off', 'LoggingLevel', setting!.path, setting, setting!.kind === 'scalar' ? String(setting!.value) || '""' : '');
            if (isAll) everyMethod = 'on';
            continue;
          }
          if (!isAll) continue;
          firstAll ??= item;
          if (named === 'unknown') everyMethod ??= 'unknown';
          else if (named !== undefined) everyMethod = 'on';
        }
        if (everyMethod !== undefined) return;
        const setting = r.type === 'AWS::ApiGateway::Deployment' ? 'StageDescription.LoggingLevel is not ERROR or INFO' : 'no method setting for all methods (HttpMethod "*") sets LoggingLevel to ERROR or INFO';
        const path = firstAll && firstAll !== stage.settings ? [...firstAll.path, 'LoggingLevel'] : list ? list.path : [...stage.path, r.type === 'AWS::ApiGateway::Deployment' ? 'LoggingLevel' : 'MethodSettings'];
        report('missing', setting, path, firstAll ?? list ?? stage.settings);
      },
    };
  },
};
