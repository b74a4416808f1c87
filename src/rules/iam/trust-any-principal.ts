import type { Rule } from '../../engine/rule.ts';
import type { Via } from '../../model/value.ts';
import { statementLabel } from '../../iam/labels.ts';
import { publicStatements } from '../../iam/public-statements.ts';

export const trustAnyPrincipal: Rule = {
  meta: {
    id: 'iam/trust-any-principal',
    title: 'Roles cannot be assumed by everyone',
    description:
      'A trust policy (a role\'s AssumeRolePolicyDocument, or a standalone document that only allows sts:AssumeRole*) whose Allow ' +
      'statement names Principal "*" or {"AWS": "*"}, or uses NotPrincipal, lets any AWS account assume the role and act with ' +
      'its permissions. It is reported unless a condition narrows who can call to known callers with values that are not ' +
      'wildcards (aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:PrincipalAccount, aws:PrincipalArn, aws:SourceVpce, aws:SourceIp ' +
      'and the other keys listed for iam/public-resource-policy), or a Deny for everyone outside such callers takes the assume ' +
      'actions back. An sts:ExternalId condition does not narrow anything: it is a shared value, not an identity, and anyone ' +
      'who learns it can use it.',
    severity: 'error',
    category: 'public-access',
    messages: {
      principal: '{{statement}} lets any AWS account ({{principal}}) assume this role ({{actions}}); no condition narrows who can call',
      notPrincipal: '{{statement}} lets everyone outside its {{principal}} assume this role ({{actions}}); no condition narrows who can call',
    },
    fix:
      'Name the accounts or roles that may assume the role. When every account of your organization may, keep the principal ' +
      'and add a condition on aws:PrincipalOrgID.',
    references: {
      wellArchitected: ['SEC03'],
      checkov: ['CKV_AWS_60'],
      cfnNag: ['F6'],
      parliament: ['NOTPRINCIPAL_WITH_ALLOW'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html'],
    },
    recommended: true,
    source: 'src/rules/iam/trust-any-principal.ts',
  },
  examples: {
    cloudformation: `AuditRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal:
            AWS: '*'
          Action: sts:AssumeRole
          Condition:
            StringEquals:
              aws:PrincipalOrgID: o-a1b2c3d4e5
    ManagedPolicyArns:
      - arn:aws:iam::aws:policy/SecurityAudit
`,
    terraform: `resource "aws_iam_role" "audit" {
  name = "organization-audit"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = {
        StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" }
      }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "audit" {
  role       = aws_iam_role.audit.name
  policy_arn = "arn:aws:iam::aws:policy/SecurityAudit"
}
`,
  },
  create(context) {
    return {
      policyDocument(doc) {
        if (doc.kind !== 'trust') return;
        for (const p of publicStatements(doc, context.scenario)) {
          const assume = p.actions.filter((a) => /^AssumeRole/.test(a.name)).map((a) => `sts:${a.name}`);
          if (assume.length === 0) continue;
          const related: Via[] = [...(p.grant.value.via ?? [])];
          context.report({
            messageId: p.grant.via,
            data: { statement: statementLabel(doc, p.statement), principal: p.grant.text, actions: assume.sort().join(' / ') },
            path: p.grant.value.path,
            resource: doc.owner?.id ?? null,
            related,
          });
        }
      },
    };
  },
};
