import type { Rule, RuleContext } from '../../engine/rule.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';
import type { Resource } from '../../model/model.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { VPC_DEFAULT_GROUP, isTerraformDefaultGroup } from './default-security-group-closed.ts';

export const instanceSecurityGroup: Rule = {
  meta: {
    id: 'ec2/instance-security-group',
    title: 'Instances have security groups of their own, not the default one',
    description:
      'An instance launched without a security group gets its VPC\'s default security group, and so does one that ' +
      'names it. That group lets in all traffic from every other member, so the instance shares a flat network with ' +
      'whatever else was launched without a choice (endpoints, functions, other instances), and any rule someone adds to ' +
      'the default group applies to it too. Reported: instances that name no security group (SecurityGroupIds, ' +
      'SecurityGroups or the GroupSet of a network interface; not those launched from a launch template or attached to ' +
      'an existing network interface), and instances that name the default group: "default" in SecurityGroups, ' +
      '!GetAtt Vpc.DefaultSecurityGroup, or in Terraform a VPC\'s default_security_group_id or an ' +
      'aws_default_security_group.',
    severity: 'warning',
    category: 'network',
    messages: {
      none: 'Instance {{resource}} names no security group: it gets the default security group of its VPC',
      named: 'Instance {{resource}} uses the default security group of its VPC ({{group}})',
    },
    fix:
      'Create an AWS::EC2::SecurityGroup for the instance\'s role that allows only the traffic it needs, and name it in ' +
      'SecurityGroupIds (vpc_security_group_ids in Terraform).',
    references: {
      fsbp: ['EC2.2'],
      wellArchitected: ['SEC05'],
      kics: ['EC2 Instance Using Default Security Group'],
      urls: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html'],
    },
    recommended: false,
    source: 'src/rules/ec2/instance-security-group.ts',
  },
  examples: {
    cloudformation: `AppGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: Application servers, HTTP from the load balancer
    VpcId: !Ref Vpc
    SecurityGroupIngress:
      - Description: HTTP from the load balancer
        IpProtocol: tcp
        FromPort: 8080
        ToPort: 8080
        SourceSecurityGroupId: !Ref LoadBalancerGroup
AppServer:
  Type: AWS::EC2::Instance
  Properties:
    ImageId: '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}'
    InstanceType: t3.small
    MetadataOptions: { HttpTokens: required }
    SubnetId: !Ref PrivateSubnetA
    IamInstanceProfile: !Ref AppProfile
    SecurityGroupIds: [!Ref AppGroup]
`,
    terraform: `resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers, HTTP from the load balancer"
  vpc_id      = aws_vpc.main.id

  ingress {
    description     = "HTTP from the load balancer"
    protocol        = "tcp"
    from_port       = 8080
    to_port         = 8080
    security_groups = [aws_security_group.load_balancer.id]
  }
}

resource "aws_instance" "app" {
  ami                    = data.aws_ssm_parameter.al2023.value
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.private_a.id
  iam_instance_profile   = aws_iam_instance_profile.app.name
  vpc_security_group_ids = [aws_security_group.app.id]

  metadata_options {
    http_tokens = "required"
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: new Set(['AWS::EC2::Instance']),
      resource(r) {
        const props = r.properties(context.scenario);
        if (props?.kind !== 'object') return;
        const interfaces = items(field(props, 'NetworkInterfaces'));
        if (interfaces.some((ni) => ni.kind === 'unknown' || field(ni, 'NetworkInterfaceId') !== undefined)) return;
        const lists = [field(props, 'SecurityGroupIds'), field(props, 'SecurityGroups'), ...interfaces.map((ni) => field(ni, 'GroupSet'))].filter((v): v is Value => v !== undefined);
        if (lists.some((l) => l.kind === 'unknown')) return;
        const groups = lists.flatMap(items);
        if (groups.length === 0) {
          if (field(props, 'LaunchTemplate') !== undefined) return;
          return context.report({ messageId: 'none', data: { resource: r.id }, path: [...r.propertiesPath, 'SecurityGroupIds'], resource: r.id });
        }
        for (const g of groups) {
          const name = defaultGroup(context, g);
          if (name) context.report({ messageId: 'named', data: { resource: r.id, group: name }, path: g.path, ...(g.file !== undefined ? { file: g.file } : {}), resource: r.id });
        }
      },
    };
  },
};

/** How the value names the VPC's default group, or undefined when it names another (or one we cannot tell). */
function defaultGroup(context: RuleContext, g: Value): string | undefined {
  if (g.kind === 'scalar') return String(g.value) === 'default' ? '"default"' : undefined;
  if (g.kind !== 'unknown') return undefined;
  if (VPC_DEFAULT_GROUP.test(g.symbol)) return g.symbol;
  const target: Resource | undefined = referencedResource(g, context.unit);
  return target && isTerraformDefaultGroup(target) ? target.id : undefined;
}

function items(v: Value | undefined): Value[] {
  return v === undefined ? [] : v.kind === 'list' ? v.items : [v];
}
