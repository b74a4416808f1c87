import type { Rule } from '../../engine/rule.ts';
import { display, field } from '../../model/value.ts';
import { assumeActionsOf } from '../../iam/assume-actions.ts';
import { statementLabel } from '../../iam/labels.ts';
import { principalAccount } from '../../iam/principal-account.ts';
import { statementsOf } from '../../iam/statement.ts';
import { guardsThirdParty } from '../../iam/third-party-safeguard.ts';

export const trustCrossAccountWithoutExternalId: Rule = {
  meta: {
    id: 'iam/trust-cross-account-without-external-id',
    title: 'Roles trusted by another account require an external id',
    description:
      'A trust policy that lets another account (its root, a role or a user, by ARN or account id) call sts:AssumeRole, with no ' +
      'sts:ExternalId condition. When that account is a third party (a SaaS vendor, a monitoring or backup service) that assumes ' +
      'roles for many customers, anyone who can make the vendor act for them can name your role ARN and have the vendor assume ' +
      'it: the confused deputy problem, which the external id the vendor gives each customer prevents. Reported as info, since ' +
      'the other account is often your own: a condition requiring MFA (a person, not a service acting for many customers) or ' +
      'your organisation (aws:PrincipalOrgID) also counts as a guard. The stack\'s own account (${AWS::AccountId}) is never ' +
      'another account; an account only known at deploy time is not reported. An external id that is empty or a bare wildcard ' +
      'guards nothing.',
    severity: 'info',
    category: 'access-control',
    messages: {
      noExternalId:
        '{{statement}} lets account {{account}} ({{principal}}) assume this role without an sts:ExternalId condition; if a third party assumes it for you, require the external id it gives you',
    },
    fix:
      'Add `Condition: {StringEquals: {sts:ExternalId: <the id the third party gave you>}}` to the statement. If the account is ' +
      'one of yours, require aws:PrincipalOrgID or MFA instead, or turn the rule off for that template.',
    references: {
      wellArchitected: ['SEC03'],
      checkov: ['CKV_AWS_61'],
      kics: ['Cross-Account IAM Assume Role Policy Without ExternalId or MFA'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html'],
    },
    recommended: true,
    source: 'src/rules/iam/trust-cross-account-without-external-id.ts',
  },
  examples: {
    cloudformation: `Parameters:
  VendorExternalId:
    Type: String
    Description: The external id the monitoring vendor gave this account
Resources:
  MonitoringVendorRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: arn:aws:iam::111122223333:root
            Action: sts:AssumeRole
            Condition:
              StringEquals:
                sts:ExternalId: !Ref VendorExternalId
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
`,
    terraform: `variable "vendor_external_id" {
  type        = string
  description = "The external id the monitoring vendor gave this account"
}

resource "aws_iam_role" "monitoring_vendor" {
  name = "monitoring-vendor"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "sts:AssumeRole"
      Condition = {
        StringEquals = { "sts:ExternalId" = var.vendor_external_id }
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
          if (st.effect !== 'Allow' || !assumeActionsOf(st).has('AssumeRole')) continue;
          const aws = field(st.principal, 'AWS');
          if (!aws || guardsThirdParty(st.condition) !== false) continue;
          for (const v of aws.kind === 'list' ? aws.items : [aws]) {
            const account = principalAccount(v);
            if (account === undefined || account === 'same' || account === 'unknown') continue;
            context.report({
              messageId: 'noExternalId',
              data: { statement: statementLabel(doc, st), account, principal: display(v) },
              path: v.path,
              resource: doc.owner?.id ?? null,
              related: v.via ?? [],
            });
          }
        }
      },
    };
  },
};
