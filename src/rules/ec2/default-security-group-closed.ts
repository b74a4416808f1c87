import type { Rule, RuleContext } from '../../engine/rule.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';
import type { Resource, Unit } from '../../model/model.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress']);

/** A CloudFormation `!GetAtt Vpc.DefaultSecurityGroup`, or Terraform's `aws_vpc.main.default_security_group_id`. */
export const VPC_DEFAULT_GROUP = /^(Fn::GetAtt ([^.\s]+)\.DefaultSecurityGroup(Id)?|(?:module\.\S+\.)?aws_(?:default_)?vpc\.[\w-]+(?:\[[^\]]*\])?\.default_security_group_id)$/;
/** The Terraform type in an address: `module.net.aws_default_security_group.this[0]` → aws_default_security_group. */
const TERRAFORM_TYPE = /^(?:module\.[^.[]+(?:\[[^\]]*\])?\.)*([\w-]+)\./;

export const defaultSecurityGroupClosed: Rule = {
  meta: {
    id: 'ec2/default-security-group-closed',
    title: 'Default security groups allow no traffic',
    description:
      'Every VPC has a default security group, which AWS gives to any instance, endpoint or function launched without ' +
      'naming one. A rule added to it silently applies to all of those, including resources created later by people who ' +
      'never saw the rule; the default group should have no rules, so that forgetting to choose a group means no ' +
      'connectivity rather than some. Reported: rules a template adds to a VPC\'s default group ' +
      '(AWS::EC2::SecurityGroupIngress or Egress on !GetAtt Vpc.DefaultSecurityGroup), and in Terraform the ingress ' +
      'and egress rules of aws_default_security_group (which removes every rule it does not list) or rules attached to it.',
    severity: 'warning',
    category: 'network',
    messages: {
      rule: '{{resource}} adds a rule to the default security group of {{vpc}}: it applies to everything launched without a security group',
    },
    fix:
      'Remove the rules from the default security group (in Terraform, an aws_default_security_group with no ingress or ' +
      'egress blocks empties it) and give each resource a security group of its own.',
    references: {
      fsbp: ['EC2.2'],
      cis: ['5.4'],
      wellArchitected: ['SEC05'],
      checkov: ['CKV2_AWS_12'],
      kics: ['Default Security Groups With Unrestricted Traffic', 'VPC Default Security Group Accepts All Traffic'],
      urls: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html'],
    },
    recommended: true,
    source: 'src/rules/ec2/default-security-group-closed.ts',
  },
  examples: {
    cloudformation: `AppGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: Application servers
    VpcId: !Ref Vpc
AppFromLoadBalancer:
  Type: AWS::EC2::SecurityGroupIngress
  Properties:
    GroupId: !Ref AppGroup
    Description: HTTP from the load balancer
    IpProtocol: tcp
    FromPort: 8080
    ToPort: 8080
    SourceSecurityGroupId: !Ref LoadBalancerGroup
`,
    terraform: `# Manages the VPC's default security group and removes all its rules.
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = aws_vpc.main.id

  ingress {
    description     = "HTTP from the load balancer"
    protocol        = "tcp"
    from_port       = 8080
    to_port         = 8080
    security_groups = [aws_security_group.load_balancer.id]
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        const props = r.properties(context.scenario);
        if (r.type === 'AWS::EC2::SecurityGroup' && isTerraformDefaultGroup(r)) {
          for (const key of ['SecurityGroupIngress', 'SecurityGroupEgress']) {
            const rules = field(props, key);
            for (const rule of rules?.kind === 'list' ? rules.items : rules ? [rules] : []) report(context, r, rule, vpcOf(field(props, 'VpcId'), context.unit));
          }
        } else if (r.type === 'AWS::EC2::SecurityGroupIngress' || r.type === 'AWS::EC2::SecurityGroupEgress') {
          const group = field(props, 'GroupId');
          if (group?.kind !== 'unknown') return;
          const symbol = VPC_DEFAULT_GROUP.exec(group.symbol);
          if (symbol) return report(context, r, group, symbol[2] ?? group.symbol.replace(/\.default_security_group_id$/, ''));
          const target = referencedResource(group, context.unit);
          if (target && isTerraformDefaultGroup(target)) report(context, r, group, vpcOf(field(target.properties(context.scenario), 'VpcId'), context.unit));
        }
      },
    };
  },
};

export function isTerraformDefaultGroup(r: Resource): boolean {
  return r.provider === 'terraform' && TERRAFORM_TYPE.exec(r.id)?.[1] === 'aws_default_security_group';
}

function vpcOf(v: Value | undefined, unit: Unit): string {
  const vpc = referencedResource(v, unit);
  if (vpc) return vpc.id;
  if (v?.kind === 'unknown') return v.symbol.replace(/\.id$/, '');
  return v?.kind === 'scalar' ? String(v.value) : 'its VPC';
}

function report(context: RuleContext, r: Resource, at: Value, vpc: string): void {
  context.report({ messageId: 'rule', data: { resource: r.id, vpc }, path: at.path, ...(at.file !== undefined ? { file: at.file } : {}), resource: r.id });
}
