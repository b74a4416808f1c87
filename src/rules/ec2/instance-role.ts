import type { Rule } from '../../engine/rule.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';
import { field } from '../../model/value.ts';

export const instanceRole: Rule = {
  meta: {
    id: 'ec2/instance-role',
    title: 'Instances get AWS credentials from a role',
    description:
      'Software on an instance that calls AWS (the CLI, an SDK, the CloudWatch or SSM agent) takes credentials from the ' +
      'instance profile\'s role: temporary, rotated automatically and never written down. An instance without one ends ' +
      'up with long-term access keys in its user data, environment or ~/.aws/credentials, where anyone who reads the ' +
      'disk, a backup or the user data finds them; and without a role it cannot be managed through SSM Session Manager, ' +
      'which leaves SSH as the way in. Reported: instances with no IamInstanceProfile (unless a launch template provides ' +
      'it) and instance profiles of the template with no role (reported at the profile).',
    severity: 'info',
    category: 'iam',
    messages: {
      noProfile: 'Instance {{resource}} has no instance profile: software on it that calls AWS needs long-term keys',
      noRole: 'Instance {{resource}} uses instance profile {{profile}}, which has no role',
    },
    fix:
      'Create an AWS::IAM::Role that ec2.amazonaws.com may assume, with the permissions the instance needs (and ' +
      'AmazonSSMManagedInstanceCore for Session Manager), wrap it in an AWS::IAM::InstanceProfile, and set the ' +
      'instance\'s IamInstanceProfile (iam_instance_profile in Terraform).',
    references: {
      wellArchitected: ['SEC02'],
      checkov: ['CKV2_AWS_41'],
      kics: ['EC2 Instance Has No IAM Role'],
      urls: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html'],
    },
    recommended: false,
    source: 'src/rules/ec2/instance-role.ts',
  },
  examples: {
    cloudformation: `AppRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - { Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }
    ManagedPolicyArns:
      - arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore
AppProfile:
  Type: AWS::IAM::InstanceProfile
  Properties:
    Roles: [!Ref AppRole]
AppServer:
  Type: AWS::EC2::Instance
  Properties:
    ImageId: '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}'
    InstanceType: t3.small
    MetadataOptions: { HttpTokens: required }
    SubnetId: !Ref PrivateSubnetA
    SecurityGroupIds: [!Ref AppGroup]
    IamInstanceProfile: !Ref AppProfile
`,
    terraform: `resource "aws_iam_role" "app" {
  name               = "app-server"
  assume_role_policy = data.aws_iam_policy_document.ec2_assume.json
}

resource "aws_iam_role_policy_attachment" "app_ssm" {
  role       = aws_iam_role.app.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "app" {
  name = "app-server"
  role = aws_iam_role.app.name
}

resource "aws_instance" "app" {
  ami                    = data.aws_ssm_parameter.al2023.value
  instance_type          = "t3.small"
  subnet_id              = aws_subnet.private_a.id
  vpc_security_group_ids = [aws_security_group.app.id]
  iam_instance_profile   = aws_iam_instance_profile.app.name

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
        const profile = field(props, 'IamInstanceProfile');
        if (profile === undefined) {
          if (field(props, 'LaunchTemplate') !== undefined) return;
          return context.report({ messageId: 'noProfile', data: { resource: r.id }, path: [...r.propertiesPath, 'IamInstanceProfile'], resource: r.id });
        }
        const named = referencedResource(profile, context.unit);
        if (named?.type !== 'AWS::IAM::InstanceProfile') return;
        const roles = field(named.properties(context.scenario), 'Roles');
        if (roles === undefined || (roles.kind === 'list' && roles.items.length === 0)) {
          // Reported at the profile, where the role is missing; the instance's reference is related.
          const related = [{ message: `instance ${r.id} uses it`, path: profile.path, ...(profile.file !== undefined ? { file: profile.file } : {}) }];
          const at = roles ?? undefined;
          context.report({
            messageId: 'noRole',
            data: { resource: r.id, profile: named.id },
            path: at?.path ?? [...named.propertiesPath, 'Roles'],
            file: named.file,
            resource: named.id,
            related,
          });
        }
      },
    };
  },
};
