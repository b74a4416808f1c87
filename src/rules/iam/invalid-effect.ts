import type { Rule } from '../../engine/rule.ts';
import { statementsOf } from '../../iam/statement.ts';
import { field } from '../../model/value.ts';

export const invalidEffect: Rule = {
  meta: {
    id: 'iam/invalid-effect',
    title: 'Every statement has Effect Allow or Deny',
    description:
      'Effect is required and case-sensitive: only "Allow" and "Deny" exist. IAM refuses a policy whose statement has no ' +
      'Effect or another value ("allow", "Permit"); other services that store policies may refuse it later, when the policy ' +
      'is updated.',
    severity: 'error',
    category: 'iam',
    messages: {
      missing: 'This statement has no Effect: write "Effect": "Allow" or "Deny"',
      invalid: 'Effect "{{effect}}" is neither "Allow" nor "Deny"{{hint}}',
    },
    fix: 'Set "Effect" to "Allow" or "Deny", with that exact case.',
    references: {
      parliament: ['MALFORMED'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html'],
    },
    recommended: true,
    source: 'src/rules/iam/invalid-effect.ts',
  },
  examples: {
    cloudformation: `UploadsPolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Action: [s3:GetObject, s3:PutObject, s3:DeleteObject]
          Resource: !Sub \${UploadsBucket.Arn}/*
        - Effect: Deny
          Action: s3:DeleteObject
          Resource: !Sub \${UploadsBucket.Arn}/audit/*
`,
    terraform: `resource "aws_iam_policy" "uploads" {
  name = "uploads"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
        Resource = "arn:aws:s3:::example-uploads/*"
      },
      {
        Effect   = "Deny"
        Action   = "s3:DeleteObject"
        Resource = "arn:aws:s3:::example-uploads/audit/*"
      },
    ]
  })
}
`,
  },
  create(context) {
    return {
      policyDocument(d) {
        const resource = d.owner?.id ?? null;
        for (const st of statementsOf(d.document(context.scenario))) {
          if (st.effect !== 'invalid' || st.value.kind !== 'object' || st.value.entries.size === 0) continue;
          const effect = field(st.value, 'Effect');
          if (!effect) {
            context.report({ messageId: 'missing', path: st.path, resource });
            continue;
          }
          const text = effect.kind === 'scalar' ? String(effect.value) : JSON.stringify(effect.kind);
          const fixed = ['Allow', 'Deny'].find((e) => e.toLowerCase() === text.trim().toLowerCase());
          context.report({ messageId: 'invalid', data: { effect: text, hint: fixed ? ` (did you mean "${fixed}"?)` : '' }, path: effect.path, resource });
        }
      },
    };
  },
};
