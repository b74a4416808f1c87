import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { bool, num, status } from './convert.ts';
import type { LinkTarget } from './links.ts';
import type { Spec } from './reshape.ts';
import type { MapContext, Mapping } from './types.ts';
import { attr, blockItems, list, object, placeOf, scalar, withEntries } from './values.ts';

const loadBalancerLink: LinkTarget = { types: ['aws_lb', 'aws_alb'], names: ['name'] };

/**
 * Attributes that CloudFormation keeps as `LoadBalancerAttributes` key/value pairs. Each pair stands at the
 * Terraform attribute it was read from, so a finding on a value points at that line.
 */
const ATTRIBUTES: [string, string][] = [
  ['drop_invalid_header_fields', 'routing.http.drop_invalid_header_fields.enabled'],
  ['enable_deletion_protection', 'deletion_protection.enabled'],
  ['desync_mitigation_mode', 'routing.http.desync_mitigation_mode'],
  ['enable_cross_zone_load_balancing', 'load_balancing.cross_zone.enabled'],
  ['idle_timeout', 'idle_timeout.timeout_seconds'],
];

const ACCESS_LOG_ATTRIBUTES: [string, string][] = [
  ['enabled', 'access_logs.s3.enabled'],
  ['bucket', 'access_logs.s3.bucket'],
  ['prefix', 'access_logs.s3.prefix'],
];

function loadBalancerAttributes(props: ObjectValue, inst: TfInstance, _ctx: MapContext, s: Scenario): Value {
  const attrs = inst.attributes(s);
  const pairs: Value[] = [];
  const pair = (key: string, v: Value) => pairs.push(object([['Key', scalar(key, placeOf(v))], ['Value', v]], placeOf(v)));
  for (const [name, key] of ATTRIBUTES) {
    const v = attr(attrs, name);
    if (v) pair(key, v);
  }
  const logs = blockItems(attr(attrs, 'access_logs'));
  if (logs !== undefined && !Array.isArray(logs)) pairs.push(logs);
  else if (logs?.[0]) {
    const block = logs[0];
    if (block.kind === 'unknown') pairs.push(block);
    // `enabled` defaults to false in aws_lb, even when a bucket is given: an absent flag is a disabled log.
    else for (const [name, key] of ACCESS_LOG_ATTRIBUTES) {
      const v = attr(block, name);
      if (v) pair(key, v);
    }
  }
  return pairs.length > 0 ? withEntries(props, [['LoadBalancerAttributes', list(pairs, placeOf(inst))]]) : props;
}

/**
 * A listener without `protocol` listens on HTTP when its load balancer is an Application Load Balancer (the
 * default type); the protocol is written out so a policy on plaintext listeners sees it, at the listener block.
 */
function defaultProtocol(props: ObjectValue, inst: TfInstance, ctx: MapContext, s: Scenario): Value {
  if (props.entries.has('Protocol')) return props;
  const [lb] = ctx.links.targets(attr(inst.attributes(s), 'load_balancer_arn'), inst, loadBalancerLink, s);
  if (!lb) return props;
  const type = attr(lb.attributes(s), 'load_balancer_type');
  if (type !== undefined && !(type.kind === 'scalar' && type.value === 'application')) return props;
  return withEntries(props, [['Protocol', scalar('HTTP', placeOf(inst))]]);
}

const listener: Mapping = {
  cfn: 'AWS::ElasticLoadBalancingV2::Listener',
  spec: {
    load_balancer_arn: 'LoadBalancerArn',
    port: { to: 'Port', as: num },
    protocol: 'Protocol',
    ssl_policy: 'SslPolicy',
    alpn_policy: 'AlpnPolicy',
    default_action: {
      to: 'DefaultActions',
      list: true,
      block: {
        type: 'Type',
        target_group_arn: 'TargetGroupArn',
        redirect: {
          to: 'RedirectConfig',
          block: { protocol: 'Protocol', port: 'Port', host: 'Host', path: 'Path', query: 'Query', status_code: 'StatusCode' },
        },
      },
    },
  },
  refs: { LoadBalancerArn: loadBalancerLink },
  adjust: defaultProtocol,
};

const loadBalancer: Mapping = {
  cfn: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  names: ['name'],
  spec: {
    name: 'Name',
    load_balancer_type: 'Type',
    internal: { to: 'Scheme', as: status('internal', 'internet-facing') },
    security_groups: 'SecurityGroups',
    subnets: 'Subnets',
    ip_address_type: 'IpAddressType',
  },
  adjust: loadBalancerAttributes,
};

const classicListener: Spec = {
  lb_port: { to: 'LoadBalancerPort', as: num },
  lb_protocol: 'Protocol',
  instance_port: { to: 'InstancePort', as: num },
  instance_protocol: 'InstanceProtocol',
  ssl_certificate_id: 'SSLCertificateId',
};

/** `enabled` of a classic load balancer's access_logs defaults to true: the block alone turns logging on. */
function classicAccessLogs(props: ObjectValue, inst: TfInstance, _ctx: MapContext, s: Scenario): Value {
  const logs = blockItems(attr(inst.attributes(s), 'access_logs'));
  if (!Array.isArray(logs) || logs[0] === undefined || logs[0].kind !== 'object') return props;
  const policy = props.entries.get('AccessLoggingPolicy');
  if (policy?.kind !== 'object' || policy.entries.has('Enabled')) return props;
  return withEntries(props, [['AccessLoggingPolicy', withEntries(policy, [['Enabled', scalar(true, placeOf(logs[0]))]])]]);
}

/**
 * Load balancers and their listeners. SSL negotiation policies of classic load balancers
 * (aws_load_balancer_policy, aws_lb_ssl_negotiation_policy) stay under their Terraform types: they name their
 * load balancer by name, often one defined elsewhere, and are checked where they are written.
 */
export const LOAD_BALANCERS: Record<string, Mapping> = {
  aws_lb: loadBalancer,
  aws_alb: loadBalancer,
  aws_lb_listener: listener,
  aws_alb_listener: listener,
  aws_elb: {
    cfn: 'AWS::ElasticLoadBalancing::LoadBalancer',
    names: ['name'],
    spec: {
      name: 'LoadBalancerName',
      internal: { to: 'Scheme', as: status('internal', 'internet-facing') },
      security_groups: 'SecurityGroups',
      subnets: 'Subnets',
      availability_zones: 'AvailabilityZones',
      cross_zone_load_balancing: { to: 'CrossZone', as: bool },
      listener: { to: 'Listeners', list: true, block: classicListener },
      access_logs: {
        to: 'AccessLoggingPolicy',
        block: { enabled: { to: 'Enabled', as: bool }, bucket: 'S3BucketName', bucket_prefix: 'S3BucketPrefix', interval: { to: 'EmitInterval', as: num } },
      },
    },
    adjust: classicAccessLogs,
  },
};
