import type { Path } from '../../core/range.ts';
import type { Rule, RuleContext } from '../../engine/rule.ts';
import type { Resource } from '../../model/model.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Route', 'AWS::Serverless::Function']);

/** What a scalar says, lower-cased; undefined when absent, 'unknown' when only known at deploy time. */
function text(v: Value | undefined): string | undefined | 'unknown' {
  if (v === undefined) return undefined;
  if (v.kind === 'scalar') return v.value === null ? undefined : String(v.value).toLowerCase();
  return 'unknown';
}

/** HTTP API route keys: `GET /orders`, `ANY /{proxy+}`; WebSocket route keys are `$connect`, `sendmessage`… */
const HTTP_ROUTE = /^([a-z]+) \//i;

export const methodAuthorization: Rule = {
  meta: {
    id: 'apigateway/method-authorization',
    title: 'API Gateway methods and routes require authorization',
    description:
      'A method or route whose authorization type is NONE can be called by anyone who can reach the API, with no ' +
      'credentials: for a public (edge or regional) API that is the whole internet, and whatever its integration does ' +
      '(a Lambda function, a DynamoDB write, an HTTP backend) is done for them. Checked: AWS::ApiGateway::Method ' +
      '(AuthorizationType absent or NONE; OPTIONS methods, which answer CORS preflights, and MOCK integrations, which ' +
      'reach no backend, are not reported), AWS::ApiGatewayV2::Route (AuthorizationType absent or NONE on HTTP routes ' +
      'and on a WebSocket API\'s $connect, the only WebSocket route that takes an authorizer), and the Api and HttpApi ' +
      'events of SAM functions: an event whose Auth.Authorizer is NONE, or that sets none on an API of the template ' +
      '(or the implicit one) without a DefaultAuthorizer. An API defined by an OpenAPI document (DefinitionBody, ' +
      'DefinitionUri) or restricted by a SAM ResourcePolicy, and one only known at deploy time, are not judged. API keys ' +
      'are not authorization: AWS says not to use them to control access, since clients send them in clear and they ' +
      'identify a client, not a caller. Endpoints that are public on purpose (sign-in, webhooks that check a ' +
      'signature) are findings to suppress where they are declared.',
    severity: 'warning',
    category: 'network',
    messages: {
      method: '{{method}} method {{resource}} lets anyone call it: its AuthorizationType is {{value}}',
      route: 'Route {{resource}} ({{route}}) lets anyone call it: its AuthorizationType is {{value}}',
      event: 'SAM function {{resource}}: event {{event}} ({{route}}) lets anyone call it: {{why}}',
    },
    fix:
      'Set AuthorizationType to AWS_IAM, COGNITO_USER_POOLS or CUSTOM with an AuthorizerId (REST), or AWS_IAM or JWT or ' +
      'CUSTOM (HTTP APIs); in SAM, give the API an Auth.DefaultAuthorizer and do not set Authorizer: NONE on events.',
    references: {
      fsbp: ['APIGateway.8'],
      wellArchitected: ['SEC05'],
      checkov: ['CKV_AWS_59', 'CKV_AWS_309'],
      cfnNag: ['W59'],
      urls: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html'],
    },
    recommended: true,
    source: 'src/rules/apigateway/method-authorization.ts',
  },
  examples: {
    cloudformation: `GetOrders:
  Type: AWS::ApiGateway::Method
  Properties:
    RestApiId: !Ref Api
    ResourceId: !Ref OrdersResource
    HttpMethod: GET
    AuthorizationType: COGNITO_USER_POOLS
    AuthorizerId: !Ref UserPoolAuthorizer
    Integration:
      Type: AWS_PROXY
      IntegrationHttpMethod: POST
      Uri: !Sub arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Handler.Arn}/invocations
`,
    terraform: `resource "aws_api_gateway_method" "get_orders" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "GET"
  authorization = "COGNITO_USER_POOLS"
  authorizer_id = aws_api_gateway_authorizer.users.id
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        if (r.type === 'AWS::ApiGateway::Method') checkMethod(context, r);
        else if (r.type === 'AWS::ApiGatewayV2::Route') checkRoute(context, r);
        else if (r.type === 'AWS::Serverless::Function') checkEvents(context, r);
      },
    };
  },
};

function checkMethod(context: RuleContext, r: Resource): void {
  const props = r.properties(context.scenario);
  const method = text(field(props, 'HttpMethod'));
  if (method === undefined || method === 'unknown' || method === 'options') return;
  const integrationType = text(field(field(props, 'Integration'), 'Type'));
  if (integrationType === 'mock' || integrationType === 'unknown') return;
  const auth = field(props, 'AuthorizationType');
  const value = text(auth);
  if (value !== undefined && value !== 'none') return;
  context.report({
    messageId: 'method',
    data: { resource: r.id, method: method.toUpperCase(), value: value === undefined ? 'not set (NONE)' : 'NONE' },
    path: auth?.path ?? [...r.propertiesPath, 'AuthorizationType'],
    ...fileOf(auth, r),
    resource: r.id,
  });
}

function checkRoute(context: RuleContext, r: Resource): void {
  const props = r.properties(context.scenario);
  const routeKey = field(props, 'RouteKey');
  const key = routeKey?.kind === 'scalar' ? String(routeKey.value) : undefined;
  if (key === undefined) return;
  const httpMethod = HTTP_ROUTE.exec(key)?.[1].toLowerCase();
  const protocol = text(field(referencedResource(field(props, 'ApiId'), context.unit)?.properties(context.scenario), 'ProtocolType'));
  const takesAuthorization =
    key === '$connect' || (httpMethod !== undefined && httpMethod !== 'options') || (key === '$default' && protocol === 'http');
  if (!takesAuthorization) return;
  const auth = field(props, 'AuthorizationType');
  const value = text(auth);
  if (value !== undefined && value !== 'none') return;
  context.report({
    messageId: 'route',
    data: { resource: r.id, route: key, value: value === undefined ? 'not set (NONE)' : 'NONE' },
    path: auth?.path ?? [...r.propertiesPath, 'AuthorizationType'],
    ...fileOf(auth, r),
    resource: r.id,
  });
}

/** SAM attaches an event that names no API to the implicit one (ServerlessRestApi, ServerlessHttpApi), configured by Globals. */
const IMPLICIT: Record<string, { type: string; idProp: string; implicitId: string }> = {
  api: { type: 'AWS::Serverless::Api', idProp: 'RestApiId', implicitId: 'ServerlessRestApi' },
  httpapi: { type: 'AWS::Serverless::HttpApi', idProp: 'ApiId', implicitId: 'ServerlessHttpApi' },
};

function checkEvents(context: RuleContext, fn: Resource): void {
  const events = field(fn.properties(context.scenario), 'Events');
  if (events?.kind !== 'object') return;
  for (const [name, event] of events.entries) {
    const kind = text(field(event, 'Type'));
    const shape = kind === 'api' || kind === 'httpapi' ? IMPLICIT[kind] : undefined;
    if (!shape) continue;
    const props = field(event, 'Properties');
    if (props !== undefined && props.kind !== 'object') continue;
    const method = text(field(props, 'Method')) ?? 'any';
    if (method === 'unknown' || method === 'options') continue;
    const pathValue = field(props, 'Path');
    const authorizer = field(field(props, 'Auth'), 'Authorizer');
    const own = text(authorizer);
    if (own === 'unknown' || (own !== undefined && own !== 'none')) continue;
    let why: string;
    let at: Path;
    if (own === 'none') {
      why = 'its Auth.Authorizer is NONE';
      at = authorizer!.path;
    } else {
      const api = apiDefault(context, field(props, shape.idProp), shape);
      if (api !== 'open') continue;
      why = field(props, shape.idProp) === undefined ? 'it sets no authorizer, and the implicit API has no default one' : 'it sets no authorizer, and its API has no default one';
      at = props ? [...props.path, 'Auth'] : [...event.path, 'Properties'];
    }
    context.report({
      messageId: 'event',
      data: { resource: fn.id, event: name, route: routeOf(kind ?? '', field(props, 'Method'), pathValue, method), why },
      path: at,
      ...fileOf(authorizer ?? props ?? event, fn),
      resource: fn.id,
    });
  }
}

/**
 * Whether the API an event is attached to authorizes calls by default: 'open' when it certainly does not, 'closed'
 * when it has a default authorizer, 'unknown' when that cannot be told before deployment (an API outside the
 * template, an OpenAPI definition, a resource policy).
 */
function apiDefault(context: RuleContext, ref: Value | undefined, shape: { type: string; implicitId: string }): 'open' | 'closed' | 'unknown' {
  const api = ref === undefined ? context.unit.resources.find((r) => r.id === shape.implicitId) : referencedResource(ref, context.unit);
  if (api?.type !== shape.type) return 'unknown';
  const props = api.properties(context.scenario);
  if (props?.kind !== 'object') return 'unknown';
  if (field(props, 'DefinitionBody') !== undefined || field(props, 'DefinitionUri') !== undefined) return 'unknown';
  const auth = field(props, 'Auth');
  if (auth === undefined) return 'open';
  if (auth.kind !== 'object') return 'unknown';
  if (field(auth, 'ResourcePolicy') !== undefined) return 'unknown';
  const byDefault = text(field(auth, 'DefaultAuthorizer'));
  if (byDefault === undefined || byDefault === 'none') return 'open';
  return byDefault === 'unknown' ? 'unknown' : 'closed';
}

/** An HttpApi event with neither Path nor Method is the API's $default route. */
function routeOf(kind: string, methodValue: Value | undefined, pathValue: Value | undefined, method: string): string {
  if (kind === 'httpapi' && methodValue === undefined && pathValue === undefined) return '$default';
  return `${method.toUpperCase()} ${pathValue?.kind === 'scalar' ? String(pathValue.value) : '(path)'}`;
}

function fileOf(v: Value | undefined, r: Resource): { file?: string } {
  const file = v?.file ?? r.file;
  return file ? { file } : {};
}
