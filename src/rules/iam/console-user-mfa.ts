import type { Rule } from '../../engine/rule.ts';
import type { Resource, Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import type { Clause } from '../../iam/clause.ts';
import type { RequestContext } from '../../iam/condition-effect.ts';
import { unitPrincipals } from '../../iam/principals.ts';

const WITHOUT_MFA: RequestContext = { 'aws:multifactorauthpresent': 'false' };
const WITH_MFA: RequestContext = { 'aws:multifactorauthpresent': 'true' };

/** What a user must be able to do without MFA to set one up: AWS's self-service MFA policy allows these. */
const MFA_SELF_SERVICE = /^iam:(?:(?:Create|Delete|Enable|Resync|Deactivate|List|Get)(?:Virtual)?MFADevices?|ChangePassword|GetAccountPasswordPolicy|GetAccountSummary|GetUser|GetLoginProfile|ListUsers|ListAccountAliases)$|^sts:GetSessionToken$/i;

const items = (v: Value | undefined): Value[] => (v?.kind === 'list' ? v.items : v ? [v] : []);

export const consoleUserMfa: Rule = {
  meta: {
    id: 'iam/console-user-mfa',
    title: 'IAM users with a console password can do nothing without MFA',
    description:
      'A console password alone is phished, guessed or reused from a breach; multi-factor authentication stops that ' +
      'from being enough. A template cannot turn MFA on for a user (only the user can register a device), but it ' +
      'decides whether the user\'s permissions work without it. A user with a LoginProfile (an ' +
      'aws_iam_user_login_profile in Terraform) is reported when one of the policies that apply to it (inline, ' +
      'attached, its groups\', AWS managed policies by name) allows something other than setting up MFA and changing ' +
      'its own password to a session without MFA, and no Deny takes everything away without MFA (the ' +
      'BoolIfExists aws:MultiFactorAuthPresent false pattern). Users with a virtual MFA device in the template, and ' +
      'users whose permissions all come from outside the template, are not reported.',
    severity: 'warning',
    category: 'identity',
    messages: {
      noMfa: 'IAM user {{resource}} signs in to the console with a password, and {{document}} allows {{actions}} without MFA',
    },
    fix:
      'Attach a policy (to the user\'s group) that denies everything except setting up MFA when aws:MultiFactorAuthPresent ' +
      'is false (BoolIfExists), or add that condition to each Allow. Better, give people access through IAM Identity ' +
      'Center, which enforces MFA for everyone.',
    references: {
      fsbp: ['IAM.5'],
      cis: ['1.10'],
      wellArchitected: ['SEC02'],
      kics: ['Authentication Without MFA'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_users-self-manage-mfa-and-creds.html'],
    },
    recommended: true,
    source: 'src/rules/iam/console-user-mfa.ts',
  },
  examples: {
    cloudformation: `Analysts:
  Type: AWS::IAM::Group
  Properties:
    Policies:
      - PolicyName: reports-with-mfa
        PolicyDocument:
          Version: '2012-10-17'
          Statement:
            - Effect: Allow
              Action: [s3:GetObject, s3:ListBucket]
              Resource: [arn:aws:s3:::example-reports, arn:aws:s3:::example-reports/*]
            - Sid: DenyAllExceptMfaSetupWithoutMfa
              Effect: Deny
              NotAction: [iam:CreateVirtualMFADevice, iam:EnableMFADevice, iam:ListMFADevices, iam:GetUser, iam:ChangePassword, sts:GetSessionToken]
              Resource: '*'
              Condition:
                BoolIfExists:
                  aws:MultiFactorAuthPresent: 'false'
Alice:
  Type: AWS::IAM::User
  Properties:
    Groups: [!Ref Analysts]
    LoginProfile:
      Password: '{{resolve:secretsmanager:iam/alice/initial-password:SecretString:password}}'
      PasswordResetRequired: true
`,
    terraform: `resource "aws_iam_group" "analysts" {
  name = "analysts"
}

resource "aws_iam_group_policy" "analysts" {
  name  = "reports-with-mfa"
  group = aws_iam_group.analysts.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = ["arn:aws:s3:::example-reports", "arn:aws:s3:::example-reports/*"]
      },
      {
        Sid       = "DenyAllExceptMfaSetupWithoutMfa"
        Effect    = "Deny"
        NotAction = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ListMFADevices", "iam:GetUser", "iam:ChangePassword", "sts:GetSessionToken"]
        Resource  = "*"
        Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
      },
    ]
  })
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.analysts.name]
}

resource "aws_iam_user_login_profile" "alice" {
  user                    = aws_iam_user.alice.name
  password_reset_required = true
}
`,
  },
  create(context) {
    return {
      resourceTypes: new Set(['AWS::IAM::User']),
      resource(r) {
        const s = context.scenario;
        const profile = field(r.properties(s), 'LoginProfile');
        if (profile === undefined || profile.kind === 'unknown') return;
        if (hasMfaDevice(r, context.unit, s)) return;
        const clauses = unitPrincipals(context.unit, s).find((p) => p.resource === r)?.permissions.clauses ?? [];
        if (clauses.some(deniesWithoutMfa)) return;
        const open = clauses.find(
          (c) => c.effect === 'Allow' && c.verdict(WITHOUT_MFA).effect !== 'unusable' && c.verdict(WITHOUT_MFA).effect !== 'unknown' && !requiresMfaAge(c) && !selfService(c),
        );
        if (!open) return;
        context.report({
          messageId: 'noMfa',
          data: { resource: r.id, document: open.source.document || 'its policy', actions: actionsOf(open) },
          path: open.source.path,
          ...(open.source.file !== undefined ? { file: open.source.file } : {}),
          resource: r.id,
          related: [{ message: 'the console password', path: profile.path, ...(profile.file !== undefined ? { file: profile.file } : {}) }],
        });
      },
    };
  },
};

/** A Deny of everything (or everything but a few actions) that applies only to sessions without MFA. */
function deniesWithoutMfa(c: Clause): boolean {
  if (c.effect !== 'Deny') return false;
  const broad = c.actions.except || c.actions.items.some((p) => p.glob === '*');
  return broad && c.verdict(WITHOUT_MFA).effect !== 'unusable' && c.verdict(WITH_MFA).effect === 'unusable';
}

/** aws:MultiFactorAuthAge exists only in sessions signed in with MFA: a numeric test of it without IfExists requires MFA. */
function requiresMfaAge(c: Clause): boolean {
  if (c.condition?.kind !== 'object') return false;
  for (const [operator, block] of c.condition.entries) {
    if (!/^Numeric/i.test(operator) || /IfExists$/i.test(operator) || block.kind !== 'object') continue;
    if ([...block.entries.keys()].some((k) => k.toLowerCase() === 'aws:multifactorauthage')) return true;
  }
  return false;
}

function selfService(c: Clause): boolean {
  return !c.actions.except && c.actions.items.length > 0 && c.actions.items.every((p) => MFA_SELF_SERVICE.test(p.text));
}

function actionsOf(c: Clause): string {
  const shown = c.actions.items.slice(0, 3).map((p) => p.text);
  const more = c.actions.items.length > 3 ? ', …' : '';
  return c.actions.except ? `everything but ${shown.join(', ')}${more}` : `${shown.join(', ')}${more}`;
}

/** A virtual MFA device of the template assigned to the user, by `Ref` or by name. */
function hasMfaDevice(user: Resource, unit: Unit, s: Scenario): boolean {
  const name = field(user.properties(s), 'UserName');
  return unit.resources.some(
    (d) =>
      d.type === 'AWS::IAM::VirtualMFADevice' &&
      items(field(d.properties(s), 'Users')).some(
        (v) => (v.kind === 'unknown' && v.symbol === `Ref ${user.id}`) || (v.kind === 'scalar' && name?.kind === 'scalar' && v.value === name.value),
      ),
  );
}
