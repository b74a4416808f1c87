import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { bool, num } from './convert.ts';
import { reshape } from './reshape.ts';
import type { Spec } from './reshape.ts';
import type { MapContext, Mapping } from './types.ts';
import { attr, blockItems, list, object, placeOf, withEntries, withValue } from './values.ts';

const restApiLink = { types: ['aws_api_gateway_rest_api'], names: ['name'] };
const httpApiLink = { types: ['aws_apigatewayv2_api'], names: ['name'] };

/** The `settings` block of aws_api_gateway_method_settings, as the properties of one CloudFormation MethodSetting. */
const methodSetting: Spec = {
  logging_level: 'LoggingLevel',
  metrics_enabled: { to: 'MetricsEnabled', as: bool },
  data_trace_enabled: { to: 'DataTraceEnabled', as: bool },
  caching_enabled: { to: 'CachingEnabled', as: bool },
  cache_data_encrypted: { to: 'CacheDataEncrypted', as: bool },
  cache_ttl_in_seconds: { to: 'CacheTtlInSeconds', as: num },
  throttling_burst_limit: { to: 'ThrottlingBurstLimit', as: num },
  throttling_rate_limit: { to: 'ThrottlingRateLimit', as: num },
};

/**
 * Terraform sets a REST stage's method settings in separate aws_api_gateway_method_settings resources that name
 * the stage; CloudFormation lists them in the stage's MethodSettings. Each becomes one item, standing at its
 * `settings` block (or at the resource when it has none), so a finding on it points there.
 */
function methodSettings(props: ObjectValue, inst: TfInstance, ctx: MapContext, s: Scenario): Value {
  const linked = ctx.links.linkedTo(inst, 'aws_api_gateway_method_settings', 'stage_name', { types: ['aws_api_gateway_stage'], names: ['stage_name'] }, s);
  if (linked.length === 0) return props;
  const items: Value[] = [];
  for (const sub of linked) {
    const attrs = sub.attributes(s);
    const settings = blockItems(attr(attrs, 'settings'));
    if (settings !== undefined && !Array.isArray(settings)) {
      items.push(settings);
      continue;
    }
    const block = settings?.[0];
    const shaped = block ? reshape(block, methodSetting, placeOf(block)) : object([], placeOf(sub));
    if (shaped.kind !== 'object') {
      items.push(shaped);
      continue;
    }
    items.push(withEntries(shaped, methodOf(attr(attrs, 'method_path'))));
  }
  const existing = props.entries.get('MethodSettings');
  const before = existing?.kind === 'list' ? existing.items : [];
  return withEntries(props, [['MethodSettings', list([...before, ...items], placeOf(items[0]))]]);
}

/**
 * `method_path` is `{resource_path}/{http_method}`, or `*` + `/*` for every method of the stage; CloudFormation
 * writes the two apart, with the resource path's slashes as `~1` (`/~1orders`).
 */
function methodOf(path: Value | undefined): [string, Value][] {
  if (path === undefined) return [];
  if (path.kind !== 'scalar' || typeof path.value !== 'string') return [['HttpMethod', path], ['ResourcePath', path]];
  const cut = path.value.lastIndexOf('/');
  if (cut < 0) return [];
  const resource = path.value.slice(0, cut);
  const method = path.value.slice(cut + 1);
  const resourcePath = resource === '*' ? '/*' : '/' + resource.replace(/^\/+/, '').replace(/\//g, '~1');
  return [['HttpMethod', withValue(path, method)], ['ResourcePath', withValue(path, resourcePath)]];
}

/** API Gateway REST (v1) and HTTP/WebSocket (v2) stages, methods, routes and custom domain names. */
export const APIGATEWAY: Record<string, Mapping> = {
  aws_api_gateway_stage: {
    cfn: 'AWS::ApiGateway::Stage',
    names: ['stage_name'],
    spec: {
      stage_name: 'StageName',
      rest_api_id: 'RestApiId',
      deployment_id: 'DeploymentId',
      cache_cluster_enabled: { to: 'CacheClusterEnabled', as: bool },
      cache_cluster_size: 'CacheClusterSize',
      client_certificate_id: 'ClientCertificateId',
      xray_tracing_enabled: { to: 'TracingEnabled', as: bool },
      access_log_settings: { to: 'AccessLogSetting', block: { destination_arn: 'DestinationArn', format: 'Format' } },
      variables: 'Variables',
    },
    refs: { RestApiId: restApiLink },
    adjust: methodSettings,
  },
  aws_api_gateway_method: {
    cfn: 'AWS::ApiGateway::Method',
    spec: {
      rest_api_id: 'RestApiId',
      resource_id: 'ResourceId',
      http_method: 'HttpMethod',
      authorization: 'AuthorizationType',
      authorizer_id: 'AuthorizerId',
      authorization_scopes: 'AuthorizationScopes',
      api_key_required: { to: 'ApiKeyRequired', as: bool },
    },
    refs: { RestApiId: restApiLink },
  },
  aws_api_gateway_authorizer: {
    cfn: 'AWS::ApiGateway::Authorizer',
    spec: { name: 'Name', rest_api_id: 'RestApiId', type: 'Type', authorizer_uri: 'AuthorizerUri', provider_arns: 'ProviderARNs' },
    refs: { RestApiId: restApiLink },
  },
  aws_api_gateway_api_key: {
    cfn: 'AWS::ApiGateway::ApiKey',
    spec: { name: 'Name', value: 'Value', enabled: { to: 'Enabled', as: bool } },
  },
  aws_api_gateway_domain_name: {
    cfn: 'AWS::ApiGateway::DomainName',
    spec: {
      domain_name: 'DomainName',
      security_policy: 'SecurityPolicy',
      certificate_arn: 'CertificateArn',
      regional_certificate_arn: 'RegionalCertificateArn',
      endpoint_configuration: { block: { types: 'EndpointConfiguration.Types' } },
      mutual_tls_authentication: { to: 'MutualTlsAuthentication', block: { truststore_uri: 'TruststoreUri', truststore_version: 'TruststoreVersion' } },
    },
  },
  aws_apigatewayv2_api: {
    cfn: 'AWS::ApiGatewayV2::Api',
    names: ['name'],
    spec: { name: 'Name', protocol_type: 'ProtocolType', disable_execute_api_endpoint: { to: 'DisableExecuteApiEndpoint', as: bool } },
  },
  aws_apigatewayv2_stage: {
    cfn: 'AWS::ApiGatewayV2::Stage',
    spec: {
      api_id: 'ApiId',
      name: 'StageName',
      auto_deploy: { to: 'AutoDeploy', as: bool },
      client_certificate_id: 'ClientCertificateId',
      access_log_settings: { to: 'AccessLogSettings', block: { destination_arn: 'DestinationArn', format: 'Format' } },
      default_route_settings: {
        to: 'DefaultRouteSettings',
        block: {
          logging_level: 'LoggingLevel',
          data_trace_enabled: { to: 'DataTraceEnabled', as: bool },
          detailed_metrics_enabled: { to: 'DetailedMetricsEnabled', as: bool },
          throttling_burst_limit: { to: 'ThrottlingBurstLimit', as: num },
          throttling_rate_limit: { to: 'ThrottlingRateLimit', as: num },
        },
      },
    },
    refs: { ApiId: httpApiLink },
  },
  aws_apigatewayv2_route: {
    cfn: 'AWS::ApiGatewayV2::Route',
    spec: {
      api_id: 'ApiId',
      route_key: 'RouteKey',
      authorization_type: 'AuthorizationType',
      authorizer_id: 'AuthorizerId',
      authorization_scopes: 'AuthorizationScopes',
      api_key_required: { to: 'ApiKeyRequired', as: bool },
      target: 'Target',
    },
    refs: { ApiId: httpApiLink },
  },
  aws_apigatewayv2_domain_name: {
    cfn: 'AWS::ApiGatewayV2::DomainName',
    spec: {
      domain_name: 'DomainName',
      domain_name_configuration: {
        to: 'DomainNameConfigurations',
        list: true,
        block: { certificate_arn: 'CertificateArn', endpoint_type: 'EndpointType', security_policy: 'SecurityPolicy' },
      },
      mutual_tls_authentication: { to: 'MutualTlsAuthentication', block: { truststore_uri: 'TruststoreUri', truststore_version: 'TruststoreVersion' } },
    },
  },
};

