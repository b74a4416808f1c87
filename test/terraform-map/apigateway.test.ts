import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstBranch } from '../../src/model/scenario.ts';
import { field, plain } from '../../src/model/value.ts';
import type { Value } from '../../src/model/value.ts';
import { unitOf } from './run.ts';

const props = (text: string, id: string): Value | undefined => unitOf(text).unit.resources.find((r) => r.id === id)?.properties(firstBranch);

const stage = (settings: string) => `{
  "resource": {
    "aws_api_gateway_stage": { "prod": { "stage_name": "prod", "rest_api_id": "abc123" } },
    "aws_api_gateway_method_settings": {
      "all": { "rest_api_id": "abc123", "stage_name": "\${aws_api_gateway_stage.prod.stage_name}", "method_path": "*/*", ${settings} },
      "orders": { "rest_api_id": "abc123", "stage_name": "prod", "method_path": "orders/items/GET", "settings": [{ "caching_enabled": true }] }
    }
  }
}`;

test('method settings resources become the MethodSettings of the stage they name, by reference or by name', () => {
  const p = props(stage('"settings": [{ "logging_level": "INFO", "caching_enabled": "true", "cache_data_encrypted": false }]'), 'aws_api_gateway_stage.prod');
  assert.equal(plain(field(p, 'MethodSettings')!), [
    { LoggingLevel: 'INFO', CachingEnabled: true, CacheDataEncrypted: false, HttpMethod: '*', ResourcePath: '/*' },
    { CachingEnabled: true, HttpMethod: 'GET', ResourcePath: '/orders~1items' },
  ]);
});

test('an item stands at its settings block, or at its resource when it has none', () => {
  const p = props(stage('"settings": [{ "logging_level": "INFO" }]'), 'aws_api_gateway_stage.prod');
  const items = field(p, 'MethodSettings');
  assert.ok(items?.kind === 'list');
  assert.equal(items.items[0].path, ['resource', 'aws_api_gateway_method_settings', 'all', 'settings', 0]);
  const bare = field(props(stage('"metrics": 1'), 'aws_api_gateway_stage.prod'), 'MethodSettings');
  assert.ok(bare?.kind === 'list');
  assert.equal(bare.items[0].path, ['resource', 'aws_api_gateway_method_settings', 'all']);
});

test('a stage no method settings name has none', () => {
  const text = `{ "resource": { "aws_api_gateway_stage": { "prod": { "stage_name": "prod", "rest_api_id": "abc123" } },
    "aws_api_gateway_method_settings": { "other": { "rest_api_id": "abc123", "stage_name": "dev", "method_path": "*/*" } } } }`;
  assert.is(field(props(text, 'aws_api_gateway_stage.prod'), 'MethodSettings'), undefined);
});

test('v2 domain name configurations are a list, as in CloudFormation', () => {
  const text = `{ "resource": { "aws_apigatewayv2_domain_name": { "api": { "domain_name": "api.example.com",
    "domain_name_configuration": [{ "certificate_arn": "arn:aws:acm:us-east-1:123456789012:certificate/x", "endpoint_type": "REGIONAL", "security_policy": "TLS_1_2" }] } } } }`;
  assert.equal(plain(props(text, 'aws_apigatewayv2_domain_name.api')!), {
    DomainName: 'api.example.com',
    DomainNameConfigurations: [{ CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/x', EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' }],
  });
});

test.run();
