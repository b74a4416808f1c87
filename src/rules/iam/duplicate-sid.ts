import type { Rule } from '../../engine/rule.ts';
import { statementsOf } from '../../iam/statement.ts';
import { field } from '../../model/value.ts';
import type { Value } from '../../model/value.ts';

export const duplicateSid: Rule = {
  meta: {
    id: 'iam/duplicate-sid',
    title: 'Statement ids are unique within a policy',
    description:
      'A Sid names a statement so that people, tools and services can refer to it. IAM requires Sids to be unique within a ' +
      'policy and refuses an identity or trust policy where two statements share one; some services that store resource ' +
      'policies accept duplicates, but two statements with one name still make the policy ambiguous to edit, to audit and ' +
      'to refer to in findings.',
    severity: 'warning',
    category: 'iam',
    messages: {
      duplicate: 'Sid "{{sid}}" is already used by statement {{first}}',
    },
    fix: 'Give each statement its own Sid, or drop the Sid of one of them.',
    references: {
      parliament: ['DUPLICATE_SID'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html'],
    },
    recommended: true,
    source: 'src/rules/iam/duplicate-sid.ts',
  },
  examples: {
    cloudformation: `ReportsPipelinePolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Sid: ReadRawData
          Effect: Allow
          Action: s3:GetObject
          Resource: !Sub \${DataBucket.Arn}/raw/*
        - Sid: WriteReports
          Effect: Allow
          Action: s3:PutObject
          Resource: !Sub \${DataBucket.Arn}/reports/*
`,
    terraform: `resource "aws_iam_policy" "reports_pipeline" {
  name = "reports-pipeline"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "ReadRawData"
        Effect   = "Allow"
        Action   = "s3:GetObject"
        Resource = "arn:aws:s3:::example-data/raw/*"
      },
      {
        Sid      = "WriteReports"
        Effect   = "Allow"
        Action   = "s3:PutObject"
        Resource = "arn:aws:s3:::example-data/reports/*"
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
        const seen = new Map<string, { index: number; value: Value }>();
        for (const st of statementsOf(d.document(context.scenario))) {
          const sid = field(st.value, 'Sid');
          if (sid?.kind !== 'scalar' || sid.value === '' || sid.value === null) continue;
          const text = String(sid.value);
          const first = seen.get(text);
          if (!first) {
            seen.set(text, { index: st.index, value: sid });
            continue;
          }
          context.report({ messageId: 'duplicate', data: { sid: text, first: first.index + 1 }, path: sid.path, resource, related: [{ message: `first Sid "${text}"`, path: first.value.path }] });
        }
      },
    };
  },
};
