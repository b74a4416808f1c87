import type { Rule } from '../../engine/rule.ts';
import { documentTarget } from '../../iam/document-target.ts';
import { statementsOf } from '../../iam/statement.ts';
import { field } from '../../model/value.ts';

const LISTS = ['Action', 'NotAction', 'Resource', 'NotResource'];

export const emptyStatement: Rule = {
  meta: {
    id: 'iam/empty-statement',
    title: 'Policies and statements are not empty',
    description:
      'A policy needs at least one statement, a statement needs content, and Action, NotAction, Resource and NotResource ' +
      'need at least one entry. IAM refuses a policy without statements or with an empty list, so the deployment fails; in a ' +
      'template this is often a list emptied by a condition (Fn::If with AWS::NoValue) in one of its branches, which the ' +
      'finding names.',
    severity: 'error',
    category: 'iam',
    messages: {
      noStatement: 'The policy has no statement',
      emptyStatement: 'This statement is empty',
      emptyList: '{{element}} is an empty list: the statement applies to nothing',
    },
    fix: 'Add the statements and entries the policy needs, or remove the policy (or the statement).',
    references: {
      parliament: ['MALFORMED'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html'],
    },
    recommended: true,
    source: 'src/rules/iam/empty-statement.ts',
  },
  examples: {
    cloudformation: `Parameters:
  ArchiveBucketName:
    Type: String
    Default: ''
Conditions:
  HasArchive: !Not [!Equals [!Ref ArchiveBucketName, '']]
Resources:
  ReaderPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::example-reports/*
          - !If
            - HasArchive
            - Effect: Allow
              Action: s3:GetObject
              Resource: !Sub arn:aws:s3:::\${ArchiveBucketName}/*
            - !Ref AWS::NoValue
`,
    terraform: `variable "archive_bucket" {
  type    = string
  default = null
}

data "aws_iam_policy_document" "reader" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::example-reports/*"]
  }
  dynamic "statement" {
    for_each = var.archive_bucket == null ? [] : [var.archive_bucket]
    content {
      actions   = ["s3:GetObject"]
      resources = ["arn:aws:s3:::\${statement.value}/*"]
    }
  }
}

resource "aws_iam_policy" "reader" {
  name   = "reader"
  policy = data.aws_iam_policy_document.reader.json
}
`,
  },
  create(context) {
    return {
      policyDocument(d) {
        const doc = d.document(context.scenario);
        if (doc?.kind !== 'object') return;
        const resource = d.owner?.id ?? null;
        const statement = field(doc, 'Statement');
        if (statement?.kind === 'unknown') return;
        if (!statement || (statement.kind === 'list' && statement.items.length === 0)) {
          context.report({ ...documentTarget(d), ...(statement ? { path: statement.path, key: true } : {}), messageId: 'noStatement' });
          return;
        }
        for (const st of statementsOf(doc)) {
          if (st.value.kind === 'object' && st.value.entries.size === 0) {
            context.report({ messageId: 'emptyStatement', path: st.path, resource });
            continue;
          }
          for (const element of LISTS) {
            const v = field(st.value, element);
            if (v?.kind === 'list' && v.items.length === 0) context.report({ messageId: 'emptyList', data: { element }, path: v.path, key: true, resource });
          }
        }
      },
    };
  },
};
