import type { Rule } from '../../engine/rule.ts';
import { get } from '../../parse/node.ts';

/** Keys of an AWS::CloudFormation::Authentication entry that carry a credential rather than name a role. */
const CREDENTIAL_KEYS = ['accessKeyId', 'secretKey', 'password'];

export const cfnInitCredentials: Rule = {
  meta: {
    id: 'secrets/cfn-init-credentials',
    title: 'cfn-init downloads with the instance role, not with keys or passwords in metadata',
    description:
      'AWS::CloudFormation::Authentication tells cfn-init how to fetch files and sources: with the instance\'s role ' +
      '(roleName), or with an access key pair or a user name and password written into the resource\'s Metadata. ' +
      'CloudFormation does not mask Metadata, not even values from NoEcho parameters: anyone who can call ' +
      'DescribeStackResource or read the template, and any process on the instance that can reach cfn-hup\'s ' +
      'credentials, reads them. An access key there is also a long-term credential that nobody rotates.',
    severity: 'warning',
    category: 'secrets',
    messages: {
      credential: '{{key}} of {{entry}} in the cfn-init authentication of {{resource}} puts a credential in metadata; use roleName',
    },
    fix:
      'Give the instance a role (an instance profile) allowed to read the bucket, and set roleName in the S3 ' +
      'authentication entry instead of accessKeyId and secretKey. For basic authentication, fetch the file in UserData ' +
      'with a password read from Secrets Manager at boot.',
    references: {
      cfnNag: ['W1'],
      wellArchitected: ['SEC02'],
      kics: ['CloudFormation Specifying Credentials Not Safe'],
      urls: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-authentication.html'],
    },
    recommended: true,
    formats: ['cloudformation'],
    source: 'src/rules/secrets/cfn-init-credentials.ts',
  },
  examples: {
    cloudformation: `WebServer:
  Type: AWS::EC2::Instance
  Metadata:
    AWS::CloudFormation::Authentication:
      ArtifactAccess:
        type: S3
        buckets: [!Ref ArtifactBucket]
        roleName: !Ref WebServerRole
    AWS::CloudFormation::Init:
      config:
        files:
          /etc/app/settings.json:
            source: !Sub https://\${ArtifactBucket}.s3.\${AWS::Region}.amazonaws.com/settings.json
            authentication: ArtifactAccess
  Properties:
    ImageId: '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}'
    InstanceType: t3.small
    MetadataOptions: { HttpTokens: required }
    IamInstanceProfile: !Ref WebServerProfile
    SubnetId: !Ref PrivateSubnet
    SecurityGroupIds: [!Ref WebServerGroup]
`,
  },
  create(context) {
    return {
      unit(u) {
        if (u.kind !== 'cloudformation') return;
        const resources = get(u.documents.get(u.file)?.root, 'Resources');
        if (resources?.kind !== 'map') return;
        for (const { key: id, value } of resources.entries) {
          const auth = get(get(value, 'Metadata'), 'AWS::CloudFormation::Authentication');
          if (auth?.kind !== 'map') continue;
          for (const { key: entry, value: settings } of auth.entries) {
            for (const key of CREDENTIAL_KEYS) {
              if (get(settings, key) === undefined) continue;
              context.report({
                messageId: 'credential',
                data: { key, entry, resource: id },
                path: ['Resources', id, 'Metadata', 'AWS::CloudFormation::Authentication', entry, key],
                key: true,
                resource: id,
              });
            }
          }
        }
      },
    };
  },
};
