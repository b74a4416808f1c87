import type { Rule, RuleContext } from '../../engine/rule.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';
import type { Resource, Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value, Via } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { parseCidr } from '../../net/cidr.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration']);

type Truth = true | false | 'unknown';

export const noPublicIp: Rule = {
  meta: {
    id: 'ec2/no-public-ip',
    title: 'Instances, launch templates and launch configurations do not give instances a public IP address',
    description:
      'An instance with a public IPv4 address in a subnet routed to an internet gateway can be reached from the whole ' +
      'internet on every port its security groups open, and is one widened security group away from exposing SSH or a ' +
      'debug port. Instances belong in private subnets behind a load balancer, reaching out through a NAT gateway and ' +
      'managed through SSM Session Manager. An instance gets a public address when its primary network interface asks ' +
      'for one (AssociatePublicIpAddress), when its subnet maps public IPs on launch, or when it names no subnet at all: ' +
      'it then lands in the default VPC, whose subnets all do. When the template shows that the subnet has no route to an ' +
      'internet gateway, the address is unreachable and nothing is reported; a subnet or route defined elsewhere, or a ' +
      'value known only at deploy time, is never reported. Launch templates and launch configurations are reported when ' +
      'they ask for a public address.',
    severity: 'warning',
    category: 'network',
    messages: {
      requested: 'Instance {{resource}} asks for a public IP address (AssociatePublicIpAddress is true){{exposure}}',
      subnet: 'Instance {{resource}} gets a public IP address from subnet {{subnet}}, which maps public IPs on launch{{exposure}}',
      defaultVpc: 'Instance {{resource}} names no subnet: it is launched in the default VPC, whose subnets give every instance a public IP address',
      template: '{{kind}} {{resource}} gives the instances it launches a public IP address (AssociatePublicIpAddress is true)',
    },
    fix:
      'Launch instances in private subnets (SubnetId, with AssociatePublicIpAddress false), put a load balancer in front ' +
      'of what must be public, and use a NAT gateway for outbound traffic and SSM Session Manager for administration. In ' +
      'Terraform, associate_public_ip_address = false and subnet_id of a private subnet.',
    references: {
      fsbp: ['EC2.9', 'EC2.25', 'AutoScaling.5'],
      wellArchitected: ['SEC05'],
      checkov: ['CKV_AWS_88', 'CKV_AWS_389'],
      kics: ['EC2 Instance Has Public IP', 'EC2 Public Instance Exposed Through Subnet', 'Instance With No VPC'],
      urls: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#vpc-public-ipv4-addresses'],
    },
    recommended: false,
    source: 'src/rules/ec2/no-public-ip.ts',
  },
  examples: {
    cloudformation: `AppServer:
  Type: AWS::EC2::Instance
  Properties:
    ImageId: '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}'
    InstanceType: t3.small
    MetadataOptions: { HttpTokens: required }
    IamInstanceProfile: !Ref AppProfile
    NetworkInterfaces:
      - DeviceIndex: '0'
        SubnetId: !Ref PrivateSubnetA
        AssociatePublicIpAddress: false
        GroupSet: [!Ref AppGroup]
`,
    terraform: `resource "aws_instance" "app" {
  ami                         = data.aws_ssm_parameter.al2023.value
  instance_type               = "t3.small"
  subnet_id                   = aws_subnet.private_a.id
  associate_public_ip_address = false
  vpc_security_group_ids      = [aws_security_group.app.id]
  iam_instance_profile        = aws_iam_instance_profile.app.name

  metadata_options {
    http_tokens = "required"
  }
}
`,
  },
  create(context) {
    const s = context.scenario;
    return {
      resourceTypes: TYPES,
      resource(r) {
        if (r.type === 'AWS::EC2::Instance') instance(context, r);
        else if (r.type === 'AWS::EC2::LaunchTemplate') {
          for (const ni of items(field(field(r.properties(s), 'LaunchTemplateData'), 'NetworkInterfaces'))) reportRequested(context, r, field(ni, 'AssociatePublicIpAddress'));
        } else if (r.type === 'AWS::AutoScaling::LaunchConfiguration') reportRequested(context, r, field(r.properties(s), 'AssociatePublicIpAddress'));
      },
    };
  },
};

function reportRequested(context: RuleContext, r: Resource, flag: Value | undefined): void {
  const kind = r.type === 'AWS::EC2::LaunchTemplate' ? 'Launch template' : 'Launch configuration';
  if (isTrue(flag) === true) context.report({ messageId: 'template', data: { kind, resource: r.id }, path: flag!.path, ...fileOf(flag!), resource: r.id });
}

function instance(context: RuleContext, r: Resource): void {
  const s = context.scenario;
  const props = r.properties(s);
  if (props?.kind !== 'object') return;
  const interfaces = items(field(props, 'NetworkInterfaces'));
  const primary = interfaces.find((ni) => String(scalarOf(field(ni, 'DeviceIndex'))) === '0') ?? interfaces[0];
  // An instance from a launch template takes its network settings from it, unless it gives its own.
  if (field(props, 'LaunchTemplate') !== undefined && primary === undefined && field(props, 'SubnetId') === undefined) return;
  if (primary?.kind === 'unknown' || field(primary, 'NetworkInterfaceId') !== undefined) return;
  const subnetRef = field(primary, 'SubnetId') ?? field(props, 'SubnetId');
  const flag = field(primary, 'AssociatePublicIpAddress');
  const requested = isTrue(flag);
  if (requested === 'unknown' || (flag !== undefined && requested === false)) return;
  if (subnetRef === undefined) {
    if (requested === true) return report(context, r, 'requested', flag!, '');
    return context.report({ messageId: 'defaultVpc', data: { resource: r.id }, path: [...r.propertiesPath, 'SubnetId'], resource: r.id });
  }
  const subnet = referencedResource(subnetRef, context.unit);
  const exposure = subnet?.type === 'AWS::EC2::Subnet' ? internetRoute(subnet, context.unit, s) : undefined;
  if (exposure?.routed === false) return;
  const routed = exposure?.routed === true ? ` routed to internet gateway ${exposure.gateway}` : '';
  if (requested === true) return report(context, r, 'requested', flag!, routed && `, in subnet ${subnet!.id}${routed}`, exposure?.related);
  if (subnet?.type !== 'AWS::EC2::Subnet') return;
  const map = field(subnet.properties(s), 'MapPublicIpOnLaunch');
  if (isTrue(map) !== true) return;
  const related: Via[] = [{ message: `subnet ${subnet.id} maps public IPs on launch`, path: map!.path, ...fileOf(map!) }, ...(exposure?.related ?? [])];
  context.report({ messageId: 'subnet', data: { resource: r.id, subnet: subnet.id, exposure: routed && `,${routed}` }, path: subnetRef.path, ...fileOf(subnetRef), resource: r.id, related });
}

function report(context: RuleContext, r: Resource, messageId: string, at: Value, exposure: string, related?: Via[]): void {
  context.report({ messageId, data: { resource: r.id, exposure }, path: at.path, ...fileOf(at), resource: r.id, ...(related ? { related } : {}) });
}

/**
 * Whether the route tables the template associates with the subnet send a default route to an internet gateway.
 * Undefined when the template does not say (no association: the VPC's main route table, defined elsewhere).
 */
function internetRoute(subnet: Resource, unit: Unit, s: Scenario): { routed: boolean; gateway?: string; related?: Via[] } | undefined {
  const tables = new Set<Resource>();
  for (const a of unit.resources) {
    if (a.type !== 'AWS::EC2::SubnetRouteTableAssociation') continue;
    const props = a.properties(s);
    const named = field(props, 'SubnetId');
    if (named?.kind === 'unknown' && referencedResource(named, unit) === undefined) return undefined;
    if (referencedResource(named, unit) !== subnet) continue;
    const table = referencedResource(field(props, 'RouteTableId'), unit);
    if (table?.type !== 'AWS::EC2::RouteTable') return undefined;
    tables.add(table);
  }
  if (tables.size === 0) return undefined;
  let undecided = false;
  for (const route of unit.resources) {
    if (route.type !== 'AWS::EC2::Route') continue;
    const props = route.properties(s);
    const table = field(props, 'RouteTableId');
    const owner = referencedResource(table, unit);
    if (owner === undefined ? table?.kind === 'unknown' : !tables.has(owner)) {
      if (owner === undefined) undecided = true;
      continue;
    }
    const world = [field(props, 'DestinationCidrBlock'), field(props, 'DestinationIpv6CidrBlock')].map(isWorld);
    const gateway = field(props, 'GatewayId');
    const igw = referencedResource(gateway, unit);
    const toIgw = igw?.type === 'AWS::EC2::InternetGateway' || (gateway?.kind === 'scalar' && String(gateway.value).startsWith('igw-'));
    if (world.includes(true) && toIgw) return { routed: true, gateway: igw?.id ?? String(scalarOf(gateway)), related: [{ message: 'the default route to the internet gateway', path: gateway!.path, ...fileOf(gateway!) }] };
    if (world.includes('unknown') || (gateway?.kind === 'unknown' && igw === undefined)) undecided = true;
  }
  return undecided ? undefined : { routed: false };
}

function isWorld(v: Value | undefined): Truth {
  if (v === undefined) return false;
  if (v.kind === 'unknown') return 'unknown';
  return v.kind === 'scalar' && parseCidr(String(v.value))?.prefix === 0;
}

function isTrue(v: Value | undefined): Truth {
  if (v === undefined) return false;
  if (v.kind === 'unknown') return 'unknown';
  return v.kind === 'scalar' && String(v.value).toLowerCase() === 'true';
}

function items(v: Value | undefined): Value[] {
  return v === undefined ? [] : v.kind === 'list' ? v.items : [v];
}

function scalarOf(v: Value | undefined): unknown {
  return v?.kind === 'scalar' ? v.value : undefined;
}

function fileOf(v: Value): { file?: string } {
  return v.file !== undefined ? { file: v.file } : {};
}
