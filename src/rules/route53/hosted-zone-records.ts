import type { Rule } from '../../engine/rule.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';
import type { Resource, Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

const RECORD_TYPES = new Set(['AWS::Route53::RecordSet', 'AWS::Route53::RecordSetGroup']);

export const hostedZoneRecords: Rule = {
  meta: {
    id: 'route53/hosted-zone-records',
    title: 'Hosted zones defined in a template have records there',
    description:
      'A hosted zone that no record of the template fills (AWS::Route53::RecordSet or RecordSetGroup naming it by ' +
      'HostedZoneId or HostedZoneName; aws_route53_record in Terraform) answers only with its NS and SOA records. It is ' +
      'often a leftover: a zone created for a domain that moved, still billed, still delegated, and easy to forget when ' +
      'the domain is later pointed somewhere else. Templates whose records are managed elsewhere (another stack, ' +
      'ExternalDNS, a registrar import) should say so by suppressing the finding. When a record names a zone known ' +
      'only at deploy time (a parameter, an import, a variable), no zone is reported.',
    severity: 'info',
    category: 'configuration',
    messages: {
      empty: 'Hosted zone {{resource}} has no record in this template',
    },
    fix:
      'Add the zone\'s records (AWS::Route53::RecordSet with HostedZoneId: !Ref Zone, or aws_route53_record with zone_id), ' +
      'or delete the zone and its delegation at the parent domain.',
    references: {
      kics: ['Route53 Record Undefined'],
      urls: ['https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/hosted-zones-working-with.html'],
    },
    recommended: false,
    source: 'src/rules/route53/hosted-zone-records.ts',
  },
  examples: {
    cloudformation: [
      'Zone:',
      '  Type: AWS::Route53::HostedZone',
      '  Properties:',
      '    Name: example.com',
      'Www:',
      '  Type: AWS::Route53::RecordSet',
      '  Properties:',
      '    HostedZoneId: !Ref Zone',
      '    Name: www.example.com',
      '    Type: CNAME',
      "    TTL: '300'",
      '    ResourceRecords: [example.net]',
      '',
    ].join('\n'),
    terraform: [
      'resource "aws_route53_zone" "main" {',
      '  name = "example.com"',
      '}',
      '',
      'resource "aws_route53_record" "www" {',
      '  zone_id = aws_route53_zone.main.zone_id',
      '  name    = "www.example.com"',
      '  type    = "CNAME"',
      '  ttl     = 300',
      '  records = ["example.net"]',
      '}',
      '',
    ].join('\n'),
  },
  create(context) {
    return {
      unit(unit) {
        const s = context.scenario;
        const zones = unit.resources.filter((r) => r.type === 'AWS::Route53::HostedZone');
        if (zones.length === 0) return;
        const filled = new Set<string>();
        for (const record of unit.resources) {
          if (!RECORD_TYPES.has(record.type)) continue;
          const named = namedZone(record.properties(s), unit, zones, s);
          if (named === 'any') return;
          if (named) filled.add(named.id);
        }
        for (const zone of zones) {
          if (filled.has(zone.id)) continue;
          context.report({ messageId: 'empty', data: { resource: zone.id }, path: zone.path, file: zone.file, key: true, resource: zone.id });
        }
      },
    };
  },
};

/**
 * The zone of the template a record (or record set group) names, by HostedZoneId (`!Ref Zone`,
 * `aws_route53_zone.main.zone_id`) or by HostedZoneName; 'any' when the name or id is only known at deploy time.
 * A literal id names a zone created elsewhere: the ids of the template's zones are generated.
 */
function namedZone(props: Value | undefined, unit: Unit, zones: Resource[], s: Scenario): Resource | 'any' | undefined {
  const id = field(props, 'HostedZoneId');
  if (id?.kind === 'unknown') {
    const r = referencedResource(id, unit);
    return r?.type === 'AWS::Route53::HostedZone' ? r : r ? undefined : 'any';
  }
  const name = field(props, 'HostedZoneName');
  if (name?.kind === 'unknown') return 'any';
  if (id === undefined && name?.kind === 'scalar') {
    const wanted = domain(String(name.value));
    const names = zones.map((z) => ({ zone: z, name: field(z.properties(s), 'Name') }));
    const found = names.find((n) => n.name?.kind === 'scalar' && domain(String(n.name.value)) === wanted)?.zone;
    // A zone whose name is known only at deploy time may be the one named.
    return found ?? (names.some((n) => n.name?.kind === 'unknown') ? 'any' : undefined);
  }
  return undefined;
}

/** Route 53 names compare without case and with or without the final dot. */
const domain = (name: string) => name.toLowerCase().replace(/\.$/, '');
