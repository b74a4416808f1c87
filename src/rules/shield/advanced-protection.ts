import type { Rule } from '../../engine/rule.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';
import type { Resource, Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

/** What Shield Advanced can protect, and whether a resource of the type faces the internet. */
const PROTECTABLE: Record<string, { kind: string; exposed: (props: Value | undefined) => boolean }> = {
  'AWS::CloudFront::Distribution': { kind: 'CloudFront distribution', exposed: () => true },
  'AWS::GlobalAccelerator::Accelerator': { kind: 'Global Accelerator', exposed: () => true },
  'AWS::EC2::EIP': { kind: 'Elastic IP', exposed: () => true },
  // Private hosted zones answer inside their VPCs only.
  'AWS::Route53::HostedZone': { kind: 'Public hosted zone', exposed: (p) => field(p, 'VPCs') === undefined },
  // Network load balancers are protected through their Elastic IPs; internal ones do not face the internet.
  'AWS::ElasticLoadBalancingV2::LoadBalancer': {
    kind: 'Application load balancer',
    exposed: (p) => unsetOr(field(p, 'Type'), 'application') && unsetOr(field(p, 'Scheme'), 'internet-facing'),
  },
  'AWS::ElasticLoadBalancing::LoadBalancer': { kind: 'Classic load balancer', exposed: (p) => unsetOr(field(p, 'Scheme'), 'internet-facing') },
};

/** Parts of an ARN that name no resource: the partition, region and account, and data sources. */
const ARN_PARTS = /^(?:Ref )?AWS::(?:Partition|Region|AccountId|URLSuffix)$|^data\./;
/**
 * A Terraform reference to a managed resource of this module (`aws_eip.nat.id`): it names that resource, declared
 * here or not. Module outputs and variables may be anything.
 */
const TERRAFORM_ADDRESS = /^aws_\w+\.[\w-]+\./;

export const advancedProtection: Rule = {
  meta: {
    id: 'shield/advanced-protection',
    title: 'Where Shield Advanced is used, every internet-facing resource of the template has a protection',
    description:
      'Shield Advanced protects only the resources named by a protection (AWS::Shield::Protection, aws_shield_protection): ' +
      'for them it adds detection tuned to their traffic, the Shield Response Team, automatic application-layer ' +
      'mitigation with WAF, and credits for the scaling a DDoS attack causes. A template that protects some of its ' +
      'CloudFront distributions, public hosted zones, Global Accelerators, Elastic IPs and internet-facing application ' +
      'or classic load balancers but not another leaves that one with Shield Standard only, often without anyone ' +
      'deciding so. Templates with no protection at all are not judged: the subscription is an account-level choice ' +
      '(or Firewall Manager adds protections), and when a protection names a resource only known at deploy time, no ' +
      'resource is reported.',
    severity: 'info',
    category: 'network',
    messages: {
      unprotected: '{{kind}} {{resource}} is named by none of the Shield Advanced protections of this template ({{protections}})',
    },
    fix:
      'Add an AWS::Shield::Protection (aws_shield_protection) whose ResourceArn is the resource\'s ARN, for example ' +
      '!Ref LoadBalancer, !GetAtt Accelerator.AcceleratorArn, or !Sub arn:${AWS::Partition}:route53:::hostedzone/${Zone}.',
    references: {
      wellArchitected: ['SEC05'],
      kics: ['Shield Advanced Not In Use'],
      urls: ['https://docs.aws.amazon.com/waf/latest/developerguide/ddos-advanced-summary-protect.html'],
    },
    recommended: false,
    source: 'src/rules/shield/advanced-protection.ts',
  },
  examples: {
    cloudformation: [
      'Protection:',
      '  Type: AWS::Shield::Protection',
      '  Properties:',
      '    Name: web',
      '    ResourceArn: !Ref LoadBalancer',
      '',
    ].join('\n'),
    terraform: [
      'resource "aws_shield_protection" "web" {',
      '  name         = "web"',
      '  resource_arn = aws_lb.web.arn',
      '}',
      '',
    ].join('\n'),
  },
  create(context) {
    return {
      unit(unit) {
        const s = context.scenario;
        const protections = unit.resources.filter((r) => r.type === 'AWS::Shield::Protection');
        if (protections.length === 0) return;
        const covered = new Set<string>();
        for (const p of protections) {
          const named = namedResources(field(p.properties(s), 'ResourceArn'), unit);
          if (named === undefined) return;
          for (const r of named) covered.add(r.id);
        }
        for (const r of unprotected(unit, covered, s)) {
          context.report({
            messageId: 'unprotected',
            data: { kind: PROTECTABLE[r.type]!.kind, resource: r.id, protections: protections.map((p) => p.id).join(', ') },
            path: r.path,
            file: r.file,
            key: true,
            resource: r.id,
          });
        }
      },
    };
  },
};

function unprotected(unit: Unit, covered: Set<string>, s: Scenario): Resource[] {
  return unit.resources.filter((r) => {
    const type = PROTECTABLE[r.type];
    return type !== undefined && !covered.has(r.id) && type.exposed(r.properties(s));
  });
}

/**
 * The resources of the unit a protection's ARN names: those it references (`!Ref LoadBalancer`,
 * `arn:…:eip-allocation/${Address.AllocationId}`, `aws_route53_zone.main.arn`). A literal ARN names a resource
 * created elsewhere (the ids in ARNs are generated). Undefined when a part may be anything (a parameter, a
 * variable, an import): the protection may then be for any resource.
 */
function namedResources(arn: Value | undefined, unit: Unit): Resource[] | undefined {
  if (arn === undefined || arn.kind === 'scalar') return [];
  if (arn.kind !== 'unknown') return undefined;
  const symbols = arn.parts ? arn.parts.flatMap((p) => (typeof p === 'string' ? [] : [p.symbol])) : [arn.symbol];
  const out: Resource[] = [];
  for (const symbol of symbols) {
    const r = referencedResource({ kind: 'unknown', symbol, path: arn.path }, unit);
    if (r) out.push(r);
    else if (!ARN_PARTS.test(symbol) && !TERRAFORM_ADDRESS.test(symbol)) return undefined;
  }
  return out;
}

/** Whether a property is not set (its default is meant) or known to be the given string; false when unknown. */
function unsetOr(v: Value | undefined, text: string): boolean {
  return v === undefined || (v.kind === 'scalar' && String(v.value).toLowerCase() === text);
}
