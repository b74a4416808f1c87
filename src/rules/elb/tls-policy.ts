import type { Rule, RuleContext } from '../../engine/rule.ts';
import type { Resource } from '../../model/model.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancing::LoadBalancer', 'aws_load_balancer_policy', 'aws_lb_ssl_negotiation_policy']);

/**
 * Terraform attaches policies to a classic load balancer's listener with resources of their own: which attribute
 * of each names the load balancer, its port and (for aws_load_balancer_listener_policy) the policies.
 */
const LISTENER_POLICY_TYPES: Record<string, { lb: string; port: string }> = {
  aws_load_balancer_listener_policy: { lb: 'load_balancer_name', port: 'load_balancer_port' },
  aws_lb_ssl_negotiation_policy: { lb: 'load_balancer', port: 'lb_port' },
};

/** Predefined policies that accept TLS 1.2 and later only (TLS13-1-2-…, TLS-1-2-…, FS-1-2-…, and FIPS variants). */
const MODERN_POLICY = /^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)(-|$)/;
/** What a listener negotiates when it names no policy: accepts TLS 1.0 and 1.1. */
const DEFAULT_POLICY = 'ELBSecurityPolicy-2016-08';
const OUTDATED_PROTOCOL = /^Protocol-(SSLv2|SSLv3|TLSv1|TLSv1\.1)$/;
/** Cipher suites broken or without protection: no encryption, export grade, RC4, (3)DES, MD5, anonymous, RC2, IDEA. */
const WEAK_CIPHER = /(^|[-_])(NULL|EXP|EXPORT\d*|RC4|ARCFOUR|DES|3DES|DES40|MD5|ADH|AECDH|anon|RC2|IDEA)([-_]|$)/i;
const TLS_PROTOCOLS = new Set(['HTTPS', 'TLS', 'SSL']);

interface Attribute {
  name: string;
  value: Value | undefined;
  /** The node to point at: the value when it decides, the attribute otherwise. */
  at: Value;
}

export const tlsPolicy: Rule = {
  meta: {
    id: 'elb/tls-policy',
    title: 'Load balancer TLS listeners accept only TLS 1.2 or later, with strong ciphers',
    description:
      'A TLS listener negotiates the protocol and cipher its security policy allows. Policies that still accept TLS 1.0 ' +
      'and 1.1 (deprecated by RFC 8996), SSL 3.0, or cipher suites that are broken (RC4, DES and 3DES, export grade, NULL ' +
      'and anonymous suites, MD5) let an attacker on the path force a weak connection and read or alter it. Checked: the ' +
      'SslPolicy of HTTPS and TLS listeners of Application and Network Load Balancers, and the SSL negotiation policies of ' +
      'Classic Load Balancers (a Reference-Security-Policy, or Protocol-* and cipher attributes; in Terraform ' +
      'aws_load_balancer_policy and aws_lb_ssl_negotiation_policy, wherever their load balancer is defined). A listener ' +
      `that names no policy gets ${DEFAULT_POLICY}, which accepts TLS 1.0, and is reported too (in Terraform, unless an ` +
      'aws_load_balancer_listener_policy or aws_lb_ssl_negotiation_policy attaches one to its port).',
    severity: 'warning',
    category: 'encryption',
    messages: {
      listenerDefault: `{{resource}} is a {{protocol}} listener without SslPolicy: it gets ${DEFAULT_POLICY}, which accepts TLS 1.0 and 1.1`,
      classicDefault: `{{resource}} has a {{protocol}} listener without an SSL negotiation policy: it gets ${DEFAULT_POLICY}, which accepts TLS 1.0 and 1.1`,
      outdatedPolicy: '{{resource}} uses security policy {{policy}}, which accepts protocols older than TLS 1.2',
      outdatedProtocol: '{{resource}} enables {{protocol}} in SSL negotiation policy {{policy}}',
      weakCipher: '{{resource}} enables the weak cipher suite {{cipher}} in SSL negotiation policy {{policy}}',
    },
    fix:
      'Use ELBSecurityPolicy-TLS13-1-2-2021-06 (or another TLS13-1-2, TLS-1-2 or FS-1-2 policy) as the SslPolicy of every ' +
      'HTTPS and TLS listener. On a Classic Load Balancer, give each HTTPS/SSL listener an SSLNegotiationPolicyType ' +
      'policy whose Reference-Security-Policy is ELBSecurityPolicy-TLS-1-2-2017-01, rather than listing protocols and ' +
      'ciphers by hand.',
    references: {
      fsbp: ['ELB.8'],
      wellArchitected: ['SEC09'],
      checkov: ['CKV_AWS_103', 'CKV_AWS_213', 'CKV2_AWS_74'],
      cfnNag: ['W55'],
      kics: ['ELB Using Weak Ciphers', 'ELB Using Insecure Protocols'],
      urls: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html'],
    },
    recommended: true,
    source: 'src/rules/elb/tls-policy.ts',
  },
  examples: {
    cloudformation: `HttpsListener:
  Type: AWS::ElasticLoadBalancingV2::Listener
  Properties:
    LoadBalancerArn: !Ref LoadBalancer
    Protocol: HTTPS
    Port: 443
    SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
    Certificates:
      - CertificateArn: !Ref Certificate
    DefaultActions:
      - Type: forward
        TargetGroupArn: !Ref TargetGroup
`,
    terraform: `resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  protocol          = "HTTPS"
  port              = 443
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = aws_acm_certificate.web.arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        const props = r.properties(context.scenario);
        if (r.type === 'AWS::ElasticLoadBalancingV2::Listener') listener(context, r, props);
        else if (r.type === 'AWS::ElasticLoadBalancing::LoadBalancer') classic(context, r, props);
        else if (r.type === 'aws_load_balancer_policy') terraformPolicy(context, r, props, 'policy_name', 'policy_type_name', 'policy_attribute');
        else if (r.type === 'aws_lb_ssl_negotiation_policy') terraformPolicy(context, r, props, 'name', undefined, 'attribute');
      },
    };
  },
};

function listener(context: RuleContext, r: Resource, props: Value | undefined): void {
  const protocol = text(field(props, 'Protocol'));
  if (protocol === undefined || !TLS_PROTOCOLS.has(protocol.toUpperCase())) return;
  const policy = field(props, 'SslPolicy');
  if (policy === undefined) return report(context, r, 'listenerDefault', { protocol }, field(props, 'Protocol')!);
  const name = text(policy);
  if (name !== undefined && !MODERN_POLICY.test(name)) report(context, r, 'outdatedPolicy', { policy: name }, policy);
}

function classic(context: RuleContext, r: Resource, props: Value | undefined): void {
  const policies = field(props, 'Policies');
  for (const p of policies?.kind === 'list' ? policies.items : []) {
    const type = text(field(p, 'PolicyType'));
    if (type !== undefined && type !== 'SSLNegotiationPolicyType') continue;
    const attributes = field(p, 'Attributes');
    const items = attributes?.kind === 'list' ? attributes.items : [];
    check(context, r, text(field(p, 'PolicyName')) ?? 'without a name', items.map((a) => ({ name: text(field(a, 'Name')) ?? '', value: field(a, 'Value'), at: a })));
  }
  const listeners = field(props, 'Listeners');
  for (const l of listeners?.kind === 'list' ? listeners.items : []) {
    const protocol = text(field(l, 'Protocol'));
    if (protocol === undefined || !TLS_PROTOCOLS.has(protocol.toUpperCase())) continue;
    const names = field(l, 'PolicyNames');
    if (names === undefined || (names.kind === 'list' && names.items.length === 0)) {
      if (r.provider === 'terraform' && mayHaveListenerPolicy(context, r, props, field(l, 'LoadBalancerPort'))) continue;
      report(context, r, 'classicDefault', { protocol }, field(l, 'Protocol')!);
      continue;
    }
    // A predefined policy named directly on the listener.
    for (const n of names.kind === 'list' ? names.items : [names]) {
      const name = text(n);
      if (name?.startsWith('ELBSecurityPolicy-') && !MODERN_POLICY.test(name)) report(context, r, 'outdatedPolicy', { policy: name }, n);
    }
  }
}

/**
 * Whether a Terraform resource of the configuration attaches a policy to this listener (or may: one that names
 * its load balancer or port with a value known only at apply time counts, so an unknown is not reported).
 */
function mayHaveListenerPolicy(context: RuleContext, lb: Resource, props: Value | undefined, port: Value | undefined): boolean {
  const lbName = text(field(props, 'LoadBalancerName'));
  return context.unit.resources.some((p) => {
    const shape = LISTENER_POLICY_TYPES[p.type];
    if (!shape) return false;
    const attrs = p.properties(context.scenario);
    if (p.type === 'aws_load_balancer_listener_policy') {
      const names = field(attrs, 'policy_names');
      if (names?.kind === 'list' && names.items.length === 0) return false;
    }
    const target = field(attrs, shape.lb);
    const ref = referencedResource(target, context.unit);
    const sameLb = ref ? ref === lb : target?.kind === 'scalar' ? lbName !== undefined && String(target.value) === lbName : target !== undefined;
    const at = field(attrs, shape.port);
    const samePort = at?.kind === 'scalar' && port?.kind === 'scalar' ? Number(at.value) === Number(port.value) : at !== undefined;
    return sameLb && samePort;
  });
}

function terraformPolicy(context: RuleContext, r: Resource, props: Value | undefined, nameAttr: string, typeAttr: string | undefined, blockAttr: string): void {
  if (typeAttr !== undefined && text(field(props, typeAttr)) !== 'SSLNegotiationPolicyType') return;
  const blocks = field(props, blockAttr);
  const items = blocks?.kind === 'list' ? blocks.items : blocks?.kind === 'object' ? [blocks] : [];
  check(context, r, text(field(props, nameAttr)) ?? r.id, items.map((a) => ({ name: text(field(a, 'name')) ?? '', value: field(a, 'value'), at: a })));
}

/** The attributes of one SSL negotiation policy: its reference policy, protocols and ciphers. */
function check(context: RuleContext, r: Resource, policy: string, attributes: Attribute[]): void {
  for (const a of attributes) {
    if (a.name === 'Reference-Security-Policy') {
      const ref = text(a.value);
      if (ref !== undefined && !MODERN_POLICY.test(ref)) report(context, r, 'outdatedPolicy', { policy: ref }, a.value!);
    } else if (OUTDATED_PROTOCOL.test(a.name)) {
      if (enabled(a.value) === true) report(context, r, 'outdatedProtocol', { protocol: a.name.slice('Protocol-'.length), policy }, a.at);
    } else if (WEAK_CIPHER.test(a.name) && enabled(a.value) !== false && a.value?.kind !== 'unknown') {
      report(context, r, 'weakCipher', { cipher: a.name, policy }, a.at);
    }
  }
}

/** A policy attribute's switch: true, false, or undefined when it is not a known boolean. */
function enabled(v: Value | undefined): boolean | undefined {
  const t = text(v)?.toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : undefined;
}

function text(v: Value | undefined): string | undefined {
  return v?.kind === 'scalar' && v.value !== null ? String(v.value) : undefined;
}

function report(context: RuleContext, r: Resource, messageId: string, data: Record<string, string>, at: Value): void {
  context.report({ messageId, data: { resource: r.id, ...data }, path: at.path, ...(at.file !== undefined ? { file: at.file } : {}), resource: r.id });
}
