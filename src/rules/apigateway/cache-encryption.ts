import type { Path } from '../../core/range.ts';
import type { Rule } from '../../engine/rule.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { stageOf, stageTypes } from './stage.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES = stageTypes(1);

/** true, false, or undefined when absent or only known at deploy time. */
function flag(v: Value | undefined): boolean | undefined {
  if (v?.kind !== 'scalar') return undefined;
  const t = String(v.value).toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : undefined;
}

const isKnownFalse = (v: Value | undefined) => v === undefined || flag(v) === false;

export const cacheEncryption: Rule = {
  meta: {
    id: 'apigateway/cache-encryption',
    title: 'API Gateway REST stages encrypt the responses they cache',
    description:
      'A stage with a cache keeps copies of responses, personal data and tokens included, on the cache cluster for ' +
      'their time to live; unless CacheDataEncrypted is true they are stored unencrypted. Reported: a method setting ' +
      '(MethodSettings of an AWS::ApiGateway::Stage or SAM Api, aws_api_gateway_method_settings in Terraform, or a ' +
      'Deployment\'s StageDescription) that turns caching on without CacheDataEncrypted, and a stage whose cache cluster ' +
      'is on (CacheClusterEnabled) with no stage-wide setting (HttpMethod "*") that encrypts it: API Gateway caches GET ' +
      'methods by default as soon as the cluster exists.',
    severity: 'warning',
    category: 'encryption',
    messages: {
      method: 'API Gateway stage {{resource}} caches {{method}} responses unencrypted (CachingEnabled without CacheDataEncrypted true)',
      cluster: 'API Gateway stage {{resource}} has a cache cluster, and GET responses are cached unencrypted: no stage-wide method setting sets CacheDataEncrypted true',
    },
    fix: 'Add a method setting for every method (ResourcePath "/*", HttpMethod "*") with CacheDataEncrypted true, and set it on each setting that enables caching.',
    references: {
      fsbp: ['APIGateway.5'],
      wellArchitected: ['SEC08'],
      checkov: ['CKV_AWS_308'],
      cfnNag: ['W87'],
      kics: ['API Gateway Method Settings Cache Not Encrypted'],
      urls: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html'],
    },
    recommended: true,
    source: 'src/rules/apigateway/cache-encryption.ts',
  },
  examples: {
    cloudformation: `Stage:
  Type: AWS::ApiGateway::Stage
  Properties:
    RestApiId: !Ref Api
    DeploymentId: !Ref Deployment
    StageName: prod
    CacheClusterEnabled: true
    CacheClusterSize: '0.5'
    MethodSettings:
      - ResourcePath: /*
        HttpMethod: '*'
        CachingEnabled: true
        CacheDataEncrypted: true
`,
    terraform: `resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        const stage = stageOf(r, context.scenario);
        if (!stage || stage.version !== 1 || stage.settings?.kind !== 'object') return;
        const report = (messageId: string, path: Path, at: Value | undefined, method = '') =>
          context.report({ messageId, data: { resource: r.id, method }, path, file: at?.file ?? stage.file, resource: r.id });
        const settings = stage.settings;
        // A Deployment's StageDescription holds stage-wide method settings of its own.
        const stageWide = [settings].filter(() => r.type === 'AWS::ApiGateway::Deployment');
        const list = field(settings, 'MethodSettings');
        const items = list?.kind === 'list' ? list.items : [];
        let encryptedEverywhere = false;
        let cachingOffEverywhere = false;
        let reportedEverywhere = false;
        for (const item of [...stageWide, ...items]) {
          if (item.kind !== 'object') continue;
          const method = field(item, 'HttpMethod');
          const everyMethod = item === settings || (method?.kind === 'scalar' && method.value === '*');
          const encrypted = field(item, 'CacheDataEncrypted');
          if (everyMethod && flag(encrypted) === true) encryptedEverywhere = true;
          if (everyMethod && flag(field(item, 'CachingEnabled')) === false) cachingOffEverywhere = true;
          if (flag(field(item, 'CachingEnabled')) !== true || !isKnownFalse(encrypted)) continue;
          if (everyMethod) reportedEverywhere = true;
          const shown = everyMethod ? 'all' : method?.kind === 'scalar' ? String(method.value) : 'some';
          report('method', encrypted?.path ?? [...item.path, 'CacheDataEncrypted'], encrypted ?? item, shown);
        }
        const cluster = field(settings, 'CacheClusterEnabled');
        if (flag(cluster) !== true || encryptedEverywhere || cachingOffEverywhere || reportedEverywhere) return;
        if (list !== undefined && list.kind !== 'list') return;
        if (items.some((i) => i.kind === 'unknown' || (i.kind === 'object' && field(i, 'CacheDataEncrypted')?.kind === 'unknown'))) return;
        report('cluster', cluster!.path, cluster);
      },
    };
  },
};
