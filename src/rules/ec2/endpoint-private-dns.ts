import type { Rule } from '../../engine/rule.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

/** The VPC attribute, its default (for a VPC that is not the default VPC), and its Terraform name. */
const ATTRIBUTES = [
  { prop: 'EnableDnsSupport', fallback: true },
  { prop: 'EnableDnsHostnames', fallback: false },
] as const;

export const endpointPrivateDns: Rule = {
  meta: {
    id: 'ec2/endpoint-private-dns',
    title: 'Interface endpoints with private DNS are in VPCs that resolve it',
    description:
      'Private DNS makes a service\'s public name (sqs.us-east-1.amazonaws.com) resolve, inside the VPC, to the ' +
      'interface endpoint\'s private addresses, so SDKs and the CLI use the endpoint, and its endpoint policy, without ' +
      'any change. It works only in a VPC that has both DNS support (EnableDnsSupport, on by default) and DNS hostnames ' +
      '(EnableDnsHostnames, off by default outside the default VPC): otherwise AWS refuses to create the endpoint with ' +
      'private DNS, and a VPC whose DNS support is turned off resolves no name at all through the Amazon resolver. ' +
      'Reported: endpoints with PrivateDnsEnabled true whose VPC, defined in the same template or configuration, turns ' +
      'either attribute off or leaves DNS hostnames at its default.',
    severity: 'warning',
    category: 'network',
    messages: {
      off: 'Endpoint {{resource}} enables private DNS, but its VPC {{vpc}} has {{attribute}} {{state}}: private DNS needs DNS support and DNS hostnames',
    },
    fix:
      'Set EnableDnsSupport and EnableDnsHostnames to true on the VPC (enable_dns_support and enable_dns_hostnames in ' +
      'Terraform), or, with a DNS of your own, turn private DNS off and resolve the endpoint\'s own DNS names.',
    references: {
      wellArchitected: ['SEC05'],
      kics: ['SQS VPC Endpoint Without DNS Resolution'],
      urls: ['https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html#private-dns'],
    },
    recommended: false,
    source: 'src/rules/ec2/endpoint-private-dns.ts',
  },
  examples: {
    cloudformation: `Vpc:
  Type: AWS::EC2::VPC
  Properties:
    CidrBlock: 10.0.0.0/16
    EnableDnsSupport: true
    EnableDnsHostnames: true
SqsEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcId: !Ref Vpc
    VpcEndpointType: Interface
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.sqs
    PrivateDnsEnabled: true
    SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
    SecurityGroupIds: [!Ref EndpointGroup]
`,
    terraform: `resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
}

resource "aws_vpc_endpoint" "sqs" {
  vpc_id              = aws_vpc.main.id
  vpc_endpoint_type   = "Interface"
  service_name        = "com.amazonaws.eu-west-1.sqs"
  private_dns_enabled = true
  subnet_ids          = [aws_subnet.private_a.id, aws_subnet.private_b.id]
  security_group_ids  = [aws_security_group.endpoints.id]
}
`,
  },
  create(context) {
    const s = context.scenario;
    return {
      resourceTypes: new Set(['AWS::EC2::VPCEndpoint']),
      resource(r) {
        const props = r.properties(s);
        const dns = field(props, 'PrivateDnsEnabled');
        if (truth(dns) !== true) return;
        const vpcRef = field(props, 'VpcId');
        const vpc = referencedResource(vpcRef, context.unit);
        if (vpc?.type !== 'AWS::EC2::VPC') return;
        // The default VPC has both attributes on.
        const isDefault = /(^|\.)aws_default_vpc\./.test(vpc.id);
        const vpcProps = vpc.properties(s);
        for (const a of ATTRIBUTES) {
          const v = field(vpcProps, a.prop);
          const on = v === undefined ? (isDefault || a.fallback) : truth(v);
          if (on !== false) continue;
          const state = v === undefined ? 'off (its default)' : 'off';
          const at = vpcRef!;
          context.report({
            messageId: 'off',
            data: { resource: r.id, vpc: vpc.id, attribute: a.prop, state },
            path: at.path,
            ...(at.file !== undefined ? { file: at.file } : {}),
            resource: r.id,
            ...(v !== undefined ? { related: [{ message: `${a.prop} of VPC ${vpc.id}`, path: v.path, ...(v.file !== undefined ? { file: v.file } : {}) }] } : {}),
          });
          return;
        }
      },
    };
  },
};

function truth(v: Value | undefined): boolean | 'unknown' | undefined {
  if (v === undefined) return undefined;
  if (v.kind !== 'scalar') return 'unknown';
  const t = String(v.value).toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : 'unknown';
}
