import type { Rule } from '../../engine/rule.ts';
import { assumeActionsOf } from '../../iam/assume-actions.ts';
import { conditionEntries } from '../../iam/condition-entries.ts';
import { federatedPrincipals } from '../../iam/federated-provider.ts';
import { statementLabel } from '../../iam/labels.ts';
import { requiresKey } from '../../iam/requires-key.ts';
import { statementsOf } from '../../iam/statement.ts';

const AUD = 'cognito-identity.amazonaws.com:aud';
const AMR = 'cognito-identity.amazonaws.com:amr';

export const trustCognitoWithoutAudAmr: Rule = {
  meta: {
    id: 'iam/trust-cognito-without-aud-amr',
    title: 'Roles for Cognito identities are limited to one identity pool and one kind of identity',
    description:
      'A trust policy that allows sts:AssumeRoleWithWebIdentity for cognito-identity.amazonaws.com must test both ' +
      '`cognito-identity.amazonaws.com:aud` (the identity pool id) and `cognito-identity.amazonaws.com:amr` (authenticated or ' +
      'unauthenticated). Without aud, an identity of any identity pool, in any account, can get a token for the role; without ' +
      'amr, guests of the pool (unauthenticated identities, which anyone can create) get the role meant for signed-in users. A ' +
      'negated test, ...IfExists, or an empty or bare-wildcard value does not count.',
    severity: 'error',
    category: 'access-control',
    messages: {
      noAud: '{{statement}} lets identities of any Cognito identity pool assume this role: there is no {{missing}} condition',
      noAmr: '{{statement}} does not test {{missing}}: unauthenticated (guest) identities of the pool can assume this role as well as signed-in ones',
    },
    fix:
      'Add `StringEquals: {cognito-identity.amazonaws.com:aud: <identity pool id>}` and `ForAnyValue:StringLike: ' +
      '{cognito-identity.amazonaws.com:amr: authenticated}` (or `unauthenticated` for the guest role).',
    references: {
      wellArchitected: ['SEC03'],
      urls: ['https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html'],
    },
    recommended: true,
    source: 'src/rules/iam/trust-cognito-without-aud-amr.ts',
  },
  examples: {
    cloudformation: `SignedInUserRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal:
            Federated: cognito-identity.amazonaws.com
          Action: sts:AssumeRoleWithWebIdentity
          Condition:
            StringEquals:
              cognito-identity.amazonaws.com:aud: !Ref AppIdentityPool
            ForAnyValue:StringLike:
              cognito-identity.amazonaws.com:amr: authenticated
`,
    terraform: `resource "aws_cognito_identity_pool" "app" {
  identity_pool_name               = "app"
  allow_unauthenticated_identities = false
}

data "aws_iam_policy_document" "signed_in_users" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["cognito-identity.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "cognito-identity.amazonaws.com:aud"
      values   = [aws_cognito_identity_pool.app.id]
    }
    condition {
      test     = "ForAnyValue:StringLike"
      variable = "cognito-identity.amazonaws.com:amr"
      values   = ["authenticated"]
    }
  }
}

resource "aws_iam_role" "signed_in_users" {
  name               = "app-signed-in-users"
  assume_role_policy = data.aws_iam_policy_document.signed_in_users.json
}
`,
  },
  create(context) {
    return {
      policyDocument(doc) {
        if (doc.kind !== 'trust') return;
        for (const st of statementsOf(doc.document(context.scenario))) {
          if (st.effect !== 'Allow' || !assumeActionsOf(st).has('AssumeRoleWithWebIdentity')) continue;
          const cognito = federatedPrincipals(st, context.unit, context.scenario).find((p) => p.kind === 'cognito');
          if (!cognito) continue;
          const c = conditionEntries(st.condition);
          const missing = [AUD, AMR].filter((k) => requiresKey(c, k) === false);
          if (missing.length === 0) continue;
          context.report({
            messageId: missing.includes(AUD) ? 'noAud' : 'noAmr',
            data: { statement: statementLabel(doc, st), missing: missing.join(' or ') },
            path: cognito.value.path,
            resource: doc.owner?.id ?? null,
            related: cognito.value.via ?? [],
          });
        }
      },
    };
  },
};
