import type { Rule } from '../../engine/rule.ts';
import type { Path } from '../../core/range.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::ElasticLoadBalancing::LoadBalancer', 'AWS::ElasticLoadBalancingV2::LoadBalancer']);

/** Whether logging is on; when off, where to point and whether the setting is missing or turned off. */
type Verdict = { on: true } | { on: 'unknown' } | { on: false; at: Path; file?: string; missing: boolean };

export const accessLogs: Rule = {
  meta: {
    id: 'elb/access-logs',
    title: 'Application and Classic Load Balancers write access logs',
    description:
      'Access logs record every request a load balancer receives: the client address, the request line, the TLS protocol ' +
      'and cipher, the target and the response. They are what an investigation of an attack on a web application starts ' +
      'from (who sent the exploit, what else they tried, which requests used a stolen token), and nothing else keeps them: ' +
      'neither CloudTrail nor VPC flow logs see HTTP requests. Checked: Classic Load Balancers (AccessLoggingPolicy) and ' +
      'Application Load Balancers (the access_logs.s3.enabled attribute). Network Load Balancers log only TLS listeners ' +
      'and Gateway Load Balancers not at all; they are not checked.',
    severity: 'warning',
    category: 'logging',
    messages: {
      missing: 'Load balancer {{resource}} does not write access logs',
      disabled: 'Load balancer {{resource}} turns its access logs off',
    },
    fix:
      'Application Load Balancer: add the attributes access_logs.s3.enabled (true) and access_logs.s3.bucket (a bucket whose ' +
      'policy lets Elastic Load Balancing write). Classic Load Balancer: set AccessLoggingPolicy with Enabled true and ' +
      'S3BucketName. In Terraform, an access_logs block, with enabled = true on aws_lb where it defaults to false.',
    references: {
      fsbp: ['ELB.5'],
      wellArchitected: ['SEC04'],
      checkov: ['CKV_AWS_91', 'CKV_AWS_92'],
      cfnNag: ['W26', 'W52'],
      kics: ['ELB Access Log Disabled', 'ELBv2 ALB Access Log Disabled'],
      urls: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html'],
    },
    recommended: false,
    source: 'src/rules/elb/access-logs.ts',
  },
  examples: {
    cloudformation: `LoadBalancer:
  Type: AWS::ElasticLoadBalancingV2::LoadBalancer
  Properties:
    Type: application
    Scheme: internet-facing
    Subnets: [!Ref PublicSubnetA, !Ref PublicSubnetB]
    SecurityGroups: [!Ref LoadBalancerGroup]
    LoadBalancerAttributes:
      - Key: access_logs.s3.enabled
        Value: 'true'
      - Key: access_logs.s3.bucket
        Value: !Ref AccessLogBucket
      - Key: access_logs.s3.prefix
        Value: web
`,
    terraform: `resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  internal           = false
  subnets            = [aws_subnet.public_a.id, aws_subnet.public_b.id]
  security_groups    = [aws_security_group.load_balancer.id]

  access_logs {
    enabled = true
    bucket  = aws_s3_bucket.access_logs.id
    prefix  = "web"
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        let verdict: Verdict;
        const props = r.properties(context.scenario);
        if (props?.kind === 'unknown') return;
        if (r.type === 'AWS::ElasticLoadBalancing::LoadBalancer') verdict = classic(field(props, 'AccessLoggingPolicy'), [...r.propertiesPath, 'AccessLoggingPolicy']);
        else if (r.type === 'AWS::ElasticLoadBalancingV2::LoadBalancer') {
          const type = field(props, 'Type');
          if (type !== undefined && !(type.kind === 'scalar' && type.value === 'application')) return;
          verdict = fromAttributes(field(props, 'LoadBalancerAttributes'), [...r.propertiesPath, 'LoadBalancerAttributes']);
        } else return;
        if (verdict.on !== false) return;
        context.report({ messageId: verdict.missing ? 'missing' : 'disabled', data: { resource: r.id }, path: verdict.at, ...(verdict.file !== undefined ? { file: verdict.file } : {}), resource: r.id });
      },
    };
  },
};

/** AccessLoggingPolicy, an object (a list of them is read item by item, as some templates write it). */
function classic(policy: Value | undefined, at: Path): Verdict {
  if (policy === undefined) return { on: false, at, missing: true };
  if (policy.kind === 'unknown') return { on: 'unknown' };
  const items = policy.kind === 'list' ? policy.items : [policy];
  let first: Verdict | undefined;
  for (const item of items) {
    const v = switchOf(field(item, 'Enabled'), item.path, item.file);
    if (v.on !== false) return v;
    first ??= v;
  }
  return first ?? { on: false, at, missing: true };
}

function fromAttributes(attributes: Value | undefined, at: Path): Verdict {
  if (attributes === undefined) return { on: false, at, missing: true };
  if (attributes.kind !== 'list') return attributes.kind === 'unknown' ? { on: 'unknown' } : { on: false, at, missing: true };
  for (const item of attributes.items) {
    const key = field(item, 'Key');
    if (item.kind === 'unknown' || key?.kind === 'unknown') return { on: 'unknown' };
    if (key?.kind === 'scalar' && key.value === 'access_logs.s3.enabled') return switchOf(field(item, 'Value'), item.path, item.file);
  }
  return { on: false, at, missing: true };
}

function switchOf(v: Value | undefined, parent: Path, file: string | undefined): Verdict {
  if (v === undefined) return { on: false, at: parent, missing: true, ...(file !== undefined ? { file } : {}) };
  if (v.kind === 'unknown') return { on: 'unknown' };
  if (v.kind === 'scalar' && String(v.value).toLowerCase() === 'true') return { on: true };
  return { on: false, at: v.path, missing: false, ...(v.file !== undefined ? { file: v.file } : {}) };
}
