import type { Scenario } from '../../../model/scenario.ts';
import { firstBranch } from '../../../model/scenario.ts';
import type { Value } from '../../../model/value.ts';
import { unknown } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { num } from './convert.ts';
import type { LinkTarget } from './links.ts';
import { linkRefs } from './refs.ts';
import { reshape } from './reshape.ts';
import type { Mapper, Mapping } from './types.ts';
import { attr, blockItems, itemsOf, list, object, placeOf, scalar } from './values.ts';

const groupLink: LinkTarget = { types: ['aws_security_group', 'aws_default_security_group'] };

type Direction = 'ingress' | 'egress';

/** The attribute of a Terraform rule listing its peers, and the CloudFormation property of one peer. */
const PEERS: Record<Direction, [string, string][]> = {
  ingress: [
    ['cidr_blocks', 'CidrIp'],
    ['ipv6_cidr_blocks', 'CidrIpv6'],
    ['security_groups', 'SourceSecurityGroupId'],
    ['source_security_group_id', 'SourceSecurityGroupId'],
    ['prefix_list_ids', 'SourcePrefixListId'],
  ],
  egress: [
    ['cidr_blocks', 'CidrIp'],
    ['ipv6_cidr_blocks', 'CidrIpv6'],
    ['security_groups', 'DestinationSecurityGroupId'],
    ['source_security_group_id', 'DestinationSecurityGroupId'],
    ['prefix_list_ids', 'DestinationPrefixListId'],
  ],
};

/**
 * A Terraform rule (an inline `ingress` block or an aws_security_group_rule) lists several peers; a
 * CloudFormation rule names one. One entry per peer, each pointing at the list item it came from, so a finding
 * lands on the CIDR at fault. A peer list known only at apply time gives one entry whose peer is unknown.
 */
export function ruleEntries(rule: Value, direction: Direction, self?: TfInstance): Value[] {
  const at = placeOf(rule);
  const base: [string, Value][] = [];
  const take = (name: string, to: string, convert?: (v: Value) => Value) => {
    const v = attr(rule, name);
    if (v) base.push([to, convert ? convert(v) : v]);
  };
  take('protocol', 'IpProtocol');
  take('from_port', 'FromPort', num);
  take('to_port', 'ToPort', num);
  take('description', 'Description');
  const out: Value[] = [];
  for (const [name, to] of PEERS[direction]) {
    const items = itemsOf(attr(rule, name));
    if (items === undefined) continue;
    for (const peer of Array.isArray(items) ? items : [items]) out.push(object([...base, [to, peer]], at));
  }
  const selfFlag = attr(rule, 'self');
  if (selfFlag && !(selfFlag.kind === 'scalar' && (selfFlag.value === false || selfFlag.value === 'false'))) {
    const to = direction === 'ingress' ? 'SourceSecurityGroupId' : 'DestinationSecurityGroupId';
    out.push(object([...base, [to, unknown(selfFlag.path, self ? `Ref ${self.address}` : 'self')]], at));
  }
  // A rule with no peer opens nothing; kept so that the rule is still seen.
  if (out.length === 0) out.push(object(base, at));
  return out;
}

function inlineRules(attrs: Value, name: Direction, group: TfInstance): Value | undefined {
  const blocks = blockItems(attr(attrs, name));
  if (blocks === undefined) return undefined;
  if (!Array.isArray(blocks)) return blocks;
  return list(
    blocks.flatMap((b) => (b.kind === 'unknown' ? [b] : ruleEntries(b, name, group))),
    placeOf(attr(attrs, name)!),
  );
}

/** A security group with its inline rules as SecurityGroupIngress and SecurityGroupEgress entries. */
const securityGroup = (isDefault: boolean): Mapper => (inst) => [
  {
    type: 'AWS::EC2::SecurityGroup',
    properties: (s) => {
      const attrs = inst.attributes(s);
      if (attrs.kind === 'unknown') return attrs;
      const props = reshape(attrs, { name: 'GroupName', description: 'GroupDescription', vpc_id: 'VpcId' }, placeOf(inst));
      if (props.kind !== 'object') return props;
      // A VPC's default group takes no name or description: AWS fixed both when it created the VPC.
      if (isDefault) {
        props.entries.set('GroupName', scalar('default', placeOf(inst)));
        props.entries.set('GroupDescription', scalar('default VPC security group', placeOf(inst)));
      }
      const ingress = inlineRules(attrs, 'ingress', inst);
      const egress = inlineRules(attrs, 'egress', inst);
      if (ingress) props.entries.set('SecurityGroupIngress', ingress);
      if (egress) props.entries.set('SecurityGroupEgress', egress);
      return props;
    },
  },
];

/**
 * aws_security_group_rule: one AWS::EC2::SecurityGroupIngress (or Egress) per peer, as a template would need.
 * How many is read from the first reading of the configuration; under a reading where the rule is of the other
 * direction, or has fewer peers, the extra resources are unknown rather than wrong.
 */
const securityGroupRule: Mapper = (inst, ctx) => {
  const direction = (attrs: Value): Direction | undefined => {
    const t = attr(attrs, 'type');
    return t?.kind === 'scalar' && (t.value === 'ingress' || t.value === 'egress') ? t.value : undefined;
  };
  const first = inst.attributes(firstBranch);
  const fixed = direction(first) ?? 'ingress';
  const count = ruleEntries(first, fixed).length;
  return Array.from({ length: count }, (_, i) => ({
    type: fixed === 'ingress' ? 'AWS::EC2::SecurityGroupIngress' : 'AWS::EC2::SecurityGroupEgress',
    properties: (s: Scenario) => {
      const attrs = inst.attributes(s);
      if (attrs.kind === 'unknown' || direction(attrs) !== fixed) return unknown(inst.path, `${inst.address}.type`);
      const entry = ruleEntries(attrs, fixed)[i];
      if (entry?.kind !== 'object') return unknown(inst.path, inst.address);
      const group = attr(attrs, 'security_group_id');
      const withGroup = group ? object([['GroupId', group], ...entry.entries], placeOf(inst)) : object(entry.entries, placeOf(inst));
      return linkRefs(withGroup, { GroupId: groupLink }, inst, ctx.links, s);
    },
  }));
};

export const SECURITY_GROUP_MAPPERS: Record<string, Mapper> = {
  aws_security_group: securityGroup(false),
  aws_default_security_group: securityGroup(true),
  aws_security_group_rule: securityGroupRule,
};

/** The rules of aws_vpc_security_group_*_rule name one peer each, as CloudFormation's do. */
const vpcRule = (cfn: string, peer: string, prefix: string): Mapping => ({
  cfn,
  spec: {
    security_group_id: 'GroupId',
    ip_protocol: 'IpProtocol',
    from_port: { to: 'FromPort', as: num },
    to_port: { to: 'ToPort', as: num },
    cidr_ipv4: 'CidrIp',
    cidr_ipv6: 'CidrIpv6',
    referenced_security_group_id: peer,
    prefix_list_id: prefix,
    description: 'Description',
  },
  refs: { GroupId: groupLink },
});

export const SECURITY_GROUP_RULES: Record<string, Mapping> = {
  aws_vpc_security_group_ingress_rule: vpcRule('AWS::EC2::SecurityGroupIngress', 'SourceSecurityGroupId', 'SourcePrefixListId'),
  aws_vpc_security_group_egress_rule: vpcRule('AWS::EC2::SecurityGroupEgress', 'DestinationSecurityGroupId', 'DestinationPrefixListId'),
};
