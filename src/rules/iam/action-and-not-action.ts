import type { Rule } from '../../engine/rule.ts';
import { statementsOf } from '../../iam/statement.ts';
import { field } from '../../model/value.ts';

/** Pairs of which a statement takes at most one; Action always needs one, Resource only in identity policies. */
const PAIRS = [
  { a: 'Action', b: 'NotAction', required: () => true },
  { a: 'Resource', b: 'NotResource', required: (kind: string) => kind === 'identity' },
  { a: 'Principal', b: 'NotPrincipal', required: () => false },
] as const;

export const actionAndNotAction: Rule = {
  meta: {
    id: 'iam/action-and-not-action',
    title: 'Statements have Action or NotAction, not both',
    description:
      'A statement says what it applies to with exactly one of Action and NotAction, and, in an identity policy, exactly one of ' +
      'Resource and NotResource; it has at most one of Principal and NotPrincipal. IAM refuses a statement with both elements of ' +
      'a pair, or with neither Action nor NotAction (often a misspelt "Actions"), and an identity policy statement without ' +
      'Resource. Resource, trust and other policies are only checked for both elements of a pair, since some of them (trust ' +
      'policies) have no Resource.',
    severity: 'error',
    category: 'iam',
    messages: {
      both: 'This statement has both {{a}} and {{b}}: keep one',
      neither: 'This statement has neither {{a}} nor {{b}}',
    },
    fix: 'Keep exactly one element of the pair: Action or NotAction, Resource or NotResource, Principal or NotPrincipal.',
    references: {
      parliament: ['MALFORMED'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html'],
    },
    recommended: true,
    source: 'src/rules/iam/action-and-not-action.ts',
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
          NotResource: !Sub \${UploadsBucket.Arn}/incoming/*
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
        Effect      = "Deny"
        Action      = "s3:DeleteObject"
        NotResource = "arn:aws:s3:::example-uploads/incoming/*"
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
          // An empty statement is iam/empty-statement's.
          if (st.value.kind !== 'object' || st.value.entries.size === 0) continue;
          for (const { a, b, required } of PAIRS) {
            const first = field(st.value, a);
            const second = field(st.value, b);
            if (first && second) context.report({ messageId: 'both', data: { a, b }, path: second.path, key: true, resource });
            else if (!first && !second && required(d.kind)) context.report({ messageId: 'neither', data: { a, b }, path: st.path, resource });
          }
        }
      },
    };
  },
};
