import type { Scenario } from '../../../model/scenario.ts';
import { firstBranch } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import { unknown } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { bool, num } from './convert.ts';
import type { LinkTarget } from './links.ts';
import { linkRefs } from './refs.ts';
import type { Spec } from './reshape.ts';
import { reshape } from './reshape.ts';
import type { MapContext, Mapper, Mapping, Produced } from './types.ts';
import { attr, blockItems, object, placeOf, scalar, withEntries } from './values.ts';

const vpcLink: LinkTarget = { types: ['aws_vpc', 'aws_default_vpc'] };
const subnetLink: LinkTarget = { types: ['aws_subnet', 'aws_default_subnet'] };
const routeTableLink: LinkTarget = { types: ['aws_route_table', 'aws_default_route_table'] };
const aclLink: LinkTarget = { types: ['aws_network_acl', 'aws_default_network_acl'] };

/** Route targets, the same in an inline `route` block and in aws_route. */
const targets: Spec = {
  gateway_id: 'GatewayId',
  nat_gateway_id: 'NatGatewayId',
  vpc_peering_connection_id: 'VpcPeeringConnectionId',
  transit_gateway_id: 'TransitGatewayId',
  egress_only_gateway_id: 'EgressOnlyInternetGatewayId',
  network_interface_id: 'NetworkInterfaceId',
  vpc_endpoint_id: 'VpcEndpointId',
  carrier_gateway_id: 'CarrierGatewayId',
  local_gateway_id: 'LocalGatewayId',
  core_network_arn: 'CoreNetworkArn',
};

const targetRefs: Record<string, LinkTarget> = {
  GatewayId: { types: ['aws_internet_gateway', 'aws_vpn_gateway'] },
  NatGatewayId: { types: ['aws_nat_gateway'] },
  VpcPeeringConnectionId: { types: ['aws_vpc_peering_connection'] },
};

const aclEntry: Spec = {
  protocol: 'Protocol',
  action: 'RuleAction',
  cidr_block: 'CidrBlock',
  ipv6_cidr_block: 'Ipv6CidrBlock',
  from_port: { to: 'PortRange.From', as: num },
  to_port: { to: 'PortRange.To', as: num },
  icmp_type: { to: 'Icmp.Type', as: num },
  icmp_code: { to: 'Icmp.Code', as: num },
};

/**
 * A resource with inline rules (a route table's `route` blocks, a network ACL's `ingress` and `egress`) is, in
 * CloudFormation, one resource and one resource per rule that names it. Each rule becomes its own resource,
 * standing at its block, with a `Ref` to the owner. How many is read from the first reading of the configuration;
 * under a reading with fewer blocks, the extra ones are unknown rather than wrong.
 */
function withInlineRules(owner: Produced, inst: TfInstance, blocks: { attr: string; type: string; shape: (item: Value, self: Value, s: Scenario) => Value }[]): Produced[] {
  const out: Produced[] = [owner];
  for (const b of blocks) {
    const first = blockItems(attr(inst.attributes(firstBranch), b.attr));
    const count = first === undefined ? 0 : Array.isArray(first) ? first.length : 1;
    for (let i = 0; i < count; i++) {
      out.push({
        type: b.type,
        properties: (s) => {
          const items = blockItems(attr(inst.attributes(s), b.attr));
          const item = items === undefined ? undefined : Array.isArray(items) ? items[i] : items;
          if (item === undefined || item.kind !== 'object') return item ?? unknown(inst.path, `${inst.address}.${b.attr}`);
          return b.shape(item, unknown(item.path, `Ref ${inst.address}`), s);
        },
      });
    }
  }
  return out;
}

function table(m: Mapping, inst: TfInstance, ctx: MapContext, s: Scenario): Value {
  const attrs = inst.attributes(s);
  if (attrs.kind === 'unknown') return attrs;
  const shaped = reshape(attrs, m.spec, placeOf(inst));
  return shaped.kind === 'object' ? linkRefs(shaped, m.refs, inst, ctx.links, s) : shaped;
}

const routeTable: Mapping = { cfn: 'AWS::EC2::RouteTable', spec: { vpc_id: 'VpcId' }, refs: { VpcId: vpcLink } };

const routeTableMapper: Mapper = (inst, ctx) =>
  withInlineRules({ type: routeTable.cfn, properties: (s) => table(routeTable, inst, ctx, s) }, inst, [
    {
      attr: 'route',
      type: 'AWS::EC2::Route',
      shape: (item, self, s) => {
        const shaped = reshape(item, { cidr_block: 'DestinationCidrBlock', ipv6_cidr_block: 'DestinationIpv6CidrBlock', destination_prefix_list_id: 'DestinationPrefixListId', ...targets }, placeOf(item));
        if (shaped.kind !== 'object') return shaped;
        return linkRefs(withEntries(emptyOut(shaped), [['RouteTableId', self]]), targetRefs, inst, ctx.links, s);
      },
    },
  ]);

/** Terraform writes "" for a route target it does not use (in `route = [{…}]` lists): not a target. */
function emptyOut(o: ObjectValue): ObjectValue {
  return { ...o, entries: new Map([...o.entries].filter(([, v]) => !(v.kind === 'scalar' && v.value === ''))) };
}

const networkAcl: Mapping = { cfn: 'AWS::EC2::NetworkAcl', spec: { vpc_id: 'VpcId' }, refs: { VpcId: vpcLink } };

const networkAclMapper: Mapper = (inst, ctx) =>
  withInlineRules(
    { type: networkAcl.cfn, properties: (s) => table(networkAcl, inst, ctx, s) },
    inst,
    (['ingress', 'egress'] as const).map((direction) => ({
      attr: direction,
      type: 'AWS::EC2::NetworkAclEntry',
      shape: (item: Value, self: Value) => {
        const shaped = reshape(item, { rule_no: { to: 'RuleNumber', as: num }, ...aclEntry }, placeOf(item));
        if (shaped.kind !== 'object') return shaped;
        return withEntries(shaped, [
          ['NetworkAclId', self],
          ['Egress', scalar(direction === 'egress', placeOf(item))],
        ]);
      },
    })),
  );

/** A flow log names the one thing it watches; CloudFormation says which kind in ResourceType. */
function flowLogResource(props: ObjectValue, inst: TfInstance, _ctx: MapContext, s: Scenario): Value {
  const attrs = inst.attributes(s);
  for (const [name, type] of [
    ['vpc_id', 'VPC'],
    ['subnet_id', 'Subnet'],
    ['eni_id', 'NetworkInterface'],
    ['transit_gateway_id', 'TransitGateway'],
    ['transit_gateway_attachment_id', 'TransitGatewayAttachment'],
  ] as const) {
    const v = attr(attrs, name);
    if (v) return withEntries(props, [['ResourceType', scalar(type, placeOf(v))]]);
  }
  return props;
}

/** VPCs, subnets, gateways, route tables and routes, network ACLs and flow logs. */
export const NETWORK: Record<string, Mapping> = {
  aws_vpc: {
    cfn: 'AWS::EC2::VPC',
    spec: {
      cidr_block: 'CidrBlock',
      instance_tenancy: 'InstanceTenancy',
      enable_dns_support: { to: 'EnableDnsSupport', as: bool },
      enable_dns_hostnames: { to: 'EnableDnsHostnames', as: bool },
    },
  },
  aws_default_vpc: {
    cfn: 'AWS::EC2::VPC',
    spec: { enable_dns_support: { to: 'EnableDnsSupport', as: bool }, enable_dns_hostnames: { to: 'EnableDnsHostnames', as: bool } },
  },
  aws_subnet: {
    cfn: 'AWS::EC2::Subnet',
    spec: {
      vpc_id: 'VpcId',
      cidr_block: 'CidrBlock',
      ipv6_cidr_block: 'Ipv6CidrBlock',
      availability_zone: 'AvailabilityZone',
      availability_zone_id: 'AvailabilityZoneId',
      map_public_ip_on_launch: { to: 'MapPublicIpOnLaunch', as: bool },
      assign_ipv6_address_on_creation: { to: 'AssignIpv6AddressOnCreation', as: bool },
    },
    refs: { VpcId: vpcLink },
  },
  aws_internet_gateway: { cfn: 'AWS::EC2::InternetGateway', spec: {} },
  // Gateway is the default endpoint type in both. Route tables, subnets and security groups may also be attached by
  // association resources; each adds to the endpoint's list.
  aws_vpc_endpoint: {
    cfn: 'AWS::EC2::VPCEndpoint',
    spec: {
      vpc_id: 'VpcId',
      service_name: 'ServiceName',
      vpc_endpoint_type: 'VpcEndpointType',
      private_dns_enabled: { to: 'PrivateDnsEnabled', as: bool },
      route_table_ids: 'RouteTableIds',
      subnet_ids: 'SubnetIds',
      security_group_ids: 'SecurityGroupIds',
    },
    refs: { VpcId: vpcLink, RouteTableIds: routeTableLink, SubnetIds: subnetLink },
    merges: [
      { from: 'aws_vpc_endpoint_route_table_association', via: 'vpc_endpoint_id', spec: { route_table_id: 'RouteTableIds' }, append: ['RouteTableIds'], refs: { RouteTableIds: routeTableLink } },
      { from: 'aws_vpc_endpoint_subnet_association', via: 'vpc_endpoint_id', spec: { subnet_id: 'SubnetIds' }, append: ['SubnetIds'], refs: { SubnetIds: subnetLink } },
      { from: 'aws_vpc_endpoint_security_group_association', via: 'vpc_endpoint_id', spec: { security_group_id: 'SecurityGroupIds' }, append: ['SecurityGroupIds'] },
    ],
  },
  aws_nat_gateway: {
    cfn: 'AWS::EC2::NatGateway',
    spec: { subnet_id: 'SubnetId', allocation_id: 'AllocationId', connectivity_type: 'ConnectivityType' },
    refs: { SubnetId: subnetLink },
  },
  aws_vpc_peering_connection: {
    cfn: 'AWS::EC2::VPCPeeringConnection',
    spec: { vpc_id: 'VpcId', peer_vpc_id: 'PeerVpcId', peer_owner_id: 'PeerOwnerId', peer_region: 'PeerRegion' },
    refs: { VpcId: vpcLink, PeerVpcId: vpcLink },
  },
  aws_route: {
    cfn: 'AWS::EC2::Route',
    spec: {
      route_table_id: 'RouteTableId',
      destination_cidr_block: 'DestinationCidrBlock',
      destination_ipv6_cidr_block: 'DestinationIpv6CidrBlock',
      destination_prefix_list_id: 'DestinationPrefixListId',
      ...targets,
    },
    refs: { RouteTableId: routeTableLink, ...targetRefs },
  },
  aws_route_table_association: {
    cfn: 'AWS::EC2::SubnetRouteTableAssociation',
    spec: { subnet_id: 'SubnetId', route_table_id: 'RouteTableId' },
    refs: { SubnetId: subnetLink, RouteTableId: routeTableLink },
  },
  aws_network_acl_rule: {
    cfn: 'AWS::EC2::NetworkAclEntry',
    spec: { network_acl_id: 'NetworkAclId', rule_number: { to: 'RuleNumber', as: num }, egress: { to: 'Egress', as: bool }, rule_action: 'RuleAction', ...aclEntry },
    refs: { NetworkAclId: aclLink },
  },
  aws_flow_log: {
    cfn: 'AWS::EC2::FlowLog',
    spec: {
      vpc_id: 'ResourceId',
      subnet_id: 'ResourceId',
      eni_id: 'ResourceId',
      transit_gateway_id: 'ResourceId',
      transit_gateway_attachment_id: 'ResourceId',
      traffic_type: 'TrafficType',
      log_destination: 'LogDestination',
      log_destination_type: 'LogDestinationType',
      log_group_name: 'LogGroupName',
      iam_role_arn: 'DeliverLogsPermissionArn',
      max_aggregation_interval: { to: 'MaxAggregationInterval', as: num },
    },
    refs: { ResourceId: { types: ['aws_vpc', 'aws_default_vpc', 'aws_subnet'] } },
    adjust: flowLogResource,
  },
};

export const NETWORK_MAPPERS: Record<string, Mapper> = {
  aws_route_table: routeTableMapper,
  aws_default_route_table: routeTableMapper,
  aws_network_acl: networkAclMapper,
  aws_default_network_acl: networkAclMapper,
};
