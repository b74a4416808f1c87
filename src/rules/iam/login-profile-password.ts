import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';

export const loginProfilePassword: Rule = {
  meta: {
    id: 'iam/login-profile-password',
    title: 'IAM user passwords are not written in templates',
    description:
      'A User\'s LoginProfile.Password written in the template, as a literal or as the Default (or an AllowedValue) of a ' +
      'parameter, is readable by everyone who can read the template: the repository, the CI logs, the S3 bucket CloudFormation ' +
      'uploads it to, and GetTemplate on the stack. NoEcho hides a parameter\'s value in the console, not its default in the ' +
      'template. A parameter without a default, a value given in config, or a dynamic reference ' +
      '({{resolve:secretsmanager:...}}, {{resolve:ssm-secure:...}}) is not in the template and is not reported.',
    severity: 'error',
    category: 'secrets',
    messages: {
      literal: 'The console password of {{resource}} is written in the template',
      parameter: 'The console password of {{resource}} comes from the {{source}}, which is written in the template',
    },
    fix:
      'Reference a NoEcho parameter without a Default, or better a dynamic reference to Secrets Manager ' +
      '(`{{resolve:secretsmanager:<secret>:SecretString:password}}`), and set PasswordResetRequired to true. For people, prefer ' +
      'IAM Identity Center to IAM users with console passwords.',
    references: {
      cfnNag: ['F51'],
      kics: ['IAM User LoginProfile Password Is In Plaintext'],
      urls: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html'],
    },
    recommended: true,
    // Terraform's aws_iam_user_login_profile takes no password: it generates one.
    formats: ['cloudformation'],
    source: 'src/rules/iam/login-profile-password.ts',
  },
  examples: {
    cloudformation: `Alice:
  Type: AWS::IAM::User
  Properties:
    UserName: alice
    Groups: [!Ref Developers]
    LoginProfile:
      Password: '{{resolve:secretsmanager:iam/alice/initial-password:SecretString:password}}'
      PasswordResetRequired: true
`,
  },
  create(context) {
    return {
      resourceTypes: new Set(['AWS::IAM::User']),
      resource(r) {
        const password = field(field(r.properties(context.scenario), 'LoginProfile'), 'Password');
        if (password?.kind !== 'scalar' || typeof password.value !== 'string' && typeof password.value !== 'number') return;
        const text = String(password.value);
        if (text === '' || /^\{\{resolve:(secretsmanager|ssm-secure):/.test(text)) return;
        const via = password.via ?? [];
        if (via.some((v) => /value given in config/.test(v.message))) return;
        const source = via.find((v) => /parameter|mapping/.test(v.message));
        context.report({
          messageId: source ? 'parameter' : 'literal',
          data: { resource: r.id, source: source?.message ?? '' },
          path: password.path,
          resource: r.id,
          related: via,
        });
      },
    };
  },
};
