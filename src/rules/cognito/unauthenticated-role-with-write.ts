import type { Rule } from '../../engine/rule.ts';
import type { Via } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { accessSummary } from '../../iam/access-summary.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';
import { rolePolicies } from '../../iam/role-policies.ts';
import { writeGrants } from '../../iam/write-grants.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::Cognito::IdentityPoolRoleAttachment']);

/**
 * Write actions that guest identities exist for: telemetry from the browser (CloudWatch RUM, Pinpoint's
 * mobile analytics) and Cognito Sync, whose datasets belong to the calling identity.
 */
const MEANT_FOR_GUESTS = /^(rum:PutRumEvents|mobileanalytics:PutEvents|cognito-sync:.*)$/i;
/** AWS managed policies known by name to grant write access; their statements are not in the catalog. */
const WRITING_MANAGED_POLICY = /^(AdministratorAccess|PowerUserAccess|IAMFullAccess|.*FullAccess(_v\d+)?)$/;

export const unauthenticatedRoleWithWrite: Rule = {
  meta: {
    id: 'cognito/unauthenticated-role-with-write',
    title: 'Guest identities of a Cognito identity pool cannot change resources',
    description:
      'An AWS::Cognito::IdentityPool with AllowUnauthenticatedIdentities: true hands AWS credentials to anyone who asks, with no ' +
      'sign-in: its AWS::Cognito::IdentityPoolRoleAttachment decides which role they get (Roles.unauthenticated). When that role, ' +
      'defined in the same template, grants Write or Permissions management actions (its inline policies, attached ' +
      'AWS::IAM::Policy, ManagedPolicy and RolePolicy resources, expanded with the IAM catalog, less what an unconditional Deny ' +
      'takes back; AWS managed policies by name such as AdministratorAccess or *FullAccess), anyone on the internet can change ' +
      'or delete those resources. Actions meant for guests (rum:PutRumEvents, mobileanalytics:PutEvents, Cognito Sync on the ' +
      'identity\'s own datasets) are not counted. A role or pool that is only known at deploy time is not reported.',
    severity: 'error',
    category: 'public-access',
    messages: {
      write: 'Anyone can get credentials for {{role}} as a guest of identity pool {{pool}}, and the role grants {{actions}}',
    },
    fix:
      'Give the unauthenticated role only read access to what guests need (or nothing, and set AllowUnauthenticatedIdentities ' +
      'to false); move write access to the authenticated role, and scope it to the identity\'s own prefix with the ' +
      '${cognito-identity.amazonaws.com:sub} policy variable.',
    references: {
      checkov: ['CKV_AWS_366'],
      cfnNag: ['W57'],
      urls: ['https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html'],
    },
    recommended: true,
    source: 'src/rules/cognito/unauthenticated-role-with-write.ts',
  },
  examples: {
    cloudformation: `AppIdentityPool:
  Type: AWS::Cognito::IdentityPool
  Properties:
    AllowUnauthenticatedIdentities: true
GuestRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal: { Federated: cognito-identity.amazonaws.com }
          Action: sts:AssumeRoleWithWebIdentity
          Condition:
            StringEquals: { cognito-identity.amazonaws.com:aud: !Ref AppIdentityPool }
            ForAnyValue:StringLike: { cognito-identity.amazonaws.com:amr: unauthenticated }
    Policies:
      - PolicyName: send-rum-events
        PolicyDocument:
          Version: '2012-10-17'
          Statement:
            - Effect: Allow
              Action: rum:PutRumEvents
              Resource: !Sub arn:aws:rum:\${AWS::Region}:\${AWS::AccountId}:appmonitor/web-app
AppIdentityPoolRoles:
  Type: AWS::Cognito::IdentityPoolRoleAttachment
  Properties:
    IdentityPoolId: !Ref AppIdentityPool
    Roles:
      unauthenticated: !GetAtt GuestRole.Arn
`,
    terraform: `resource "aws_cognito_identity_pool" "app" {
  identity_pool_name               = "app"
  allow_unauthenticated_identities = true
}

resource "aws_rum_app_monitor" "web" {
  name   = "web-app"
  domain = "app.example.com"
}

resource "aws_iam_role" "guest" {
  name = "app-guest"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "cognito-identity.amazonaws.com" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals             = { "cognito-identity.amazonaws.com:aud" = aws_cognito_identity_pool.app.id }
        "ForAnyValue:StringLike" = { "cognito-identity.amazonaws.com:amr" = "unauthenticated" }
      }
    }]
  })
}

resource "aws_iam_role_policy" "guest_rum" {
  name = "send-rum-events"
  role = aws_iam_role.guest.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "rum:PutRumEvents", Resource = aws_rum_app_monitor.web.arn }]
  })
}

resource "aws_cognito_identity_pool_roles_attachment" "app" {
  identity_pool_id = aws_cognito_identity_pool.app.id
  roles = {
    unauthenticated = aws_iam_role.guest.arn
  }
}
`,
  },
  create(context) {
    const s = () => context.scenario;
    return {
      resourceTypes: TYPES,
      resource(attachment) {
        if (attachment.type !== 'AWS::Cognito::IdentityPoolRoleAttachment') return;
        const props = attachment.properties(s());
        const pool = referencedResource(field(props, 'IdentityPoolId'), context.unit);
        if (pool?.type !== 'AWS::Cognito::IdentityPool') return;
        const allow = field(pool.properties(s()), 'AllowUnauthenticatedIdentities');
        if (allow?.kind !== 'scalar' || String(allow.value).toLowerCase() !== 'true') return;
        const unauthenticated = field(field(props, 'Roles'), 'unauthenticated');
        const role = referencedResource(unauthenticated, context.unit);
        if (!unauthenticated || role?.type !== 'AWS::IAM::Role') return;
        const policies = rolePolicies(role, context.unit, s());
        const grants = writeGrants(policies.documents, s()).filter((g) => !MEANT_FOR_GUESTS.test(`${g.action.service}:${g.action.name}`));
        const managed = policies.awsManaged.filter((m) => WRITING_MANAGED_POLICY.test(m.name));
        if (grants.length === 0 && managed.length === 0) return;
        const actions = [accessSummary(grants.map((g) => g.action)), ...managed.map((m) => `AWS managed policy ${m.name}`)].filter((x) => x !== '').join('; ');
        const related: Via[] = [{ message: 'the identity pool allows unauthenticated identities', path: allow.path }];
        const statements = new Set(grants.map((g) => g.statement));
        for (const st of [...statements].slice(0, 3)) related.push({ message: 'a statement that grants write access to guests', path: st.path });
        for (const m of managed.slice(0, 3)) related.push({ message: `AWS managed policy ${m.name}`, path: m.value.path });
        context.report({ messageId: 'write', data: { role: role.id, pool: pool.id, actions }, path: unauthenticated.path, resource: attachment.id, related });
      },
    };
  },
};
