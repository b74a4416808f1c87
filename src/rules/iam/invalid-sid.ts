import type { Rule } from '../../engine/rule.ts';
import { statementsOf } from '../../iam/statement.ts';
import { field } from '../../model/value.ts';

export const invalidSid: Rule = {
  meta: {
    id: 'iam/invalid-sid',
    title: 'Statement ids of IAM policies are letters and digits',
    description:
      'IAM accepts only ASCII letters and digits in the Sid of an identity policy, a role\'s trust policy or a service control ' +
      'policy, and refuses the whole document otherwise ("Statement IDs (SID) must be alpha-numeric"), which fails the ' +
      'deployment. Resource policies are not checked: S3, SNS and SQS accept spaces and punctuation in their Sids.',
    severity: 'error',
    category: 'iam',
    messages: {
      invalid: 'Sid "{{sid}}" has characters other than letters and digits, which IAM refuses',
    },
    fix: 'Keep only A-Z, a-z and 0-9 in the Sid (AllowReadLogs rather than "Allow read logs!").',
    references: {
      parliament: ['INVALID_SID'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html'],
    },
    recommended: true,
    source: 'src/rules/iam/invalid-sid.ts',
  },
  examples: {
    cloudformation: `BuildRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Sid: CodeBuildAssumesRole
          Effect: Allow
          Principal:
            Service: codebuild.amazonaws.com
          Action: sts:AssumeRole
          Condition:
            StringEquals:
              aws:SourceAccount: !Ref AWS::AccountId
`,
    terraform: `data "aws_caller_identity" "current" {}

resource "aws_iam_role" "build" {
  name = "build"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "CodeBuildAssumesRole"
      Effect    = "Allow"
      Principal = { Service = "codebuild.amazonaws.com" }
      Action    = "sts:AssumeRole"
      Condition = {
        StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id }
      }
    }]
  })
}
`,
  },
  create(context) {
    return {
      policyDocument(d) {
        if (d.kind !== 'identity' && d.kind !== 'trust' && d.kind !== 'scp') return;
        const resource = d.owner?.id ?? null;
        for (const st of statementsOf(d.document(context.scenario))) {
          const sid = field(st.value, 'Sid');
          if (sid?.kind === 'scalar' && !/^[A-Za-z0-9]*$/.test(String(sid.value ?? ''))) context.report({ messageId: 'invalid', data: { sid: String(sid.value) }, path: sid.path, resource });
        }
      },
    };
  },
};
