import type { Rule } from '../../engine/rule.ts';
import { assumeActionsOf } from '../../iam/assume-actions.ts';
import { conditionEntries } from '../../iam/condition-entries.ts';
import { federatedPrincipals } from '../../iam/federated-provider.ts';
import { statementLabel } from '../../iam/labels.ts';
import { requiresKey } from '../../iam/requires-key.ts';
import { statementsOf } from '../../iam/statement.ts';

export const trustSamlWithoutAud: Rule = {
  meta: {
    id: 'iam/trust-saml-without-aud',
    title: 'Roles for SAML federation check the assertion\'s audience',
    description:
      'A trust policy that allows sts:AssumeRoleWithSAML for a SAML provider should require `SAML:aud` (the recipient the ' +
      'assertion was issued for, https://signin.aws.amazon.com/saml for console sign-in). Without it, an assertion your identity ' +
      'provider issued for another audience, or replayed from another service provider that trusts the same IdP, is accepted ' +
      'for the role. AWS\'s own federation wizards always add this condition; a template written by hand often forgets it. ' +
      'Negated tests, ...IfExists and empty or bare-wildcard values do not count.',
    severity: 'warning',
    category: 'access-control',
    messages: {
      noAud: '{{statement}} accepts SAML assertions for any audience: there is no SAML:aud condition',
    },
    fix: 'Add `StringEquals: {SAML:aud: https://signin.aws.amazon.com/saml}` (or the audience your sign-in flow uses) to the statement.',
    references: {
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_saml.html'],
    },
    recommended: true,
    source: 'src/rules/iam/trust-saml-without-aud.ts',
  },
  examples: {
    cloudformation: `SsoAdminRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal:
            Federated: !Sub arn:aws:iam::\${AWS::AccountId}:saml-provider/CorporateIdP
          Action: sts:AssumeRoleWithSAML
          Condition:
            StringEquals:
              SAML:aud: https://signin.aws.amazon.com/saml
`,
    terraform: `resource "aws_iam_saml_provider" "corporate" {
  name                   = "corporate-idp"
  saml_metadata_document = file("\${path.module}/idp-metadata.xml")
}

resource "aws_iam_role" "sso_admin" {
  name = "sso-admin"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_saml_provider.corporate.arn }
      Action    = "sts:AssumeRoleWithSAML"
      Condition = {
        StringEquals = { "SAML:aud" = "https://signin.aws.amazon.com/saml" }
      }
    }]
  })
}
`,
  },
  create(context) {
    return {
      policyDocument(doc) {
        if (doc.kind !== 'trust') return;
        for (const st of statementsOf(doc.document(context.scenario))) {
          if (st.effect !== 'Allow' || !assumeActionsOf(st).has('AssumeRoleWithSAML')) continue;
          const saml = federatedPrincipals(st, context.unit, context.scenario).find((p) => p.kind === 'saml');
          if (!saml || requiresKey(conditionEntries(st.condition), 'SAML:aud') !== false) continue;
          context.report({ messageId: 'noAud', data: { statement: statementLabel(doc, st) }, path: saml.value.path, resource: doc.owner?.id ?? null, related: saml.value.via ?? [] });
        }
      },
    };
  },
};
