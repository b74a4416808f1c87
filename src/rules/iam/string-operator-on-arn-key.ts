import type { Rule } from '../../engine/rule.ts';
import { conditionItems } from '../../iam/condition-items.ts';
import { lookupConditionKey } from '../../iam/condition-keys.ts';
import { operatorFit, parseOperator } from '../../iam/condition-operators.ts';
import { statementsOf } from '../../iam/statement.ts';

export const stringOperatorOnArnKey: Rule = {
  meta: {
    id: 'iam/string-operator-on-arn-key',
    title: 'ARN condition keys are compared with ARN operators',
    description:
      'String operators on an ARN-typed key (StringEquals on aws:SourceArn or ec2:InstanceProfile) work, comparing the ARN as ' +
      'plain text, but ARN operators say what is meant and match field by field: in ArnLike a wildcard stays within its field ' +
      'of the ARN, in StringLike it can run across the account and resource parts. AWS\'s policy validation gives the same ' +
      'advice. Informational: the condition does work.',
    severity: 'info',
    category: 'iam',
    messages: {
      stringOnArn: '{{operator}} compares {{key}} as text; it is an ARN key: ArnEquals or ArnLike match it field by field',
    },
    fix: 'Replace StringEquals with ArnEquals and StringLike with ArnLike (StringNotEquals and StringNotLike with ArnNotEquals and ArnNotLike).',
    references: {
      parliament: ['MISMATCHED_TYPE_BUT_USABLE'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN'],
    },
    recommended: false,
    source: 'src/rules/iam/string-operator-on-arn-key.ts',
  },
  examples: {
    cloudformation: `UploadEventsTopicPolicy:
  Type: AWS::SNS::TopicPolicy
  Properties:
    Topics: [!Ref UploadEventsTopic]
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal:
            Service: s3.amazonaws.com
          Action: sns:Publish
          Resource: !Ref UploadEventsTopic
          Condition:
            ArnLike:
              aws:SourceArn: arn:aws:s3:::example-uploads
            StringEquals:
              aws:SourceAccount: !Ref AWS::AccountId
`,
    terraform: `data "aws_caller_identity" "current" {}

resource "aws_sns_topic" "upload_events" {
  name = "upload-events"
}

data "aws_iam_policy_document" "upload_events" {
  statement {
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.upload_events.arn]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = ["arn:aws:s3:::example-uploads"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_sns_topic_policy" "upload_events" {
  arn    = aws_sns_topic.upload_events.arn
  policy = data.aws_iam_policy_document.upload_events.json
}
`,
  },
  create(context) {
    return {
      policyDocument(d) {
        const resource = d.owner?.id ?? null;
        for (const st of statementsOf(d.document(context.scenario))) {
          for (const { operator, key, value } of conditionItems(st.condition).items) {
            const op = parseOperator(operator);
            const found = op && lookupConditionKey(key);
            if (!op || found?.status !== 'known' || operatorFit(op.type, found.info.key, found.info.types) !== 'usable') continue;
            context.report({ messageId: 'stringOnArn', data: { operator, key: found.info.key }, path: value.path, key: true, resource });
          }
        }
      },
    };
  },
};
