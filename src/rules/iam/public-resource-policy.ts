import type { Rule } from '../../engine/rule.ts';
import { modifies } from '../../iam/access-summary.ts';
import { publicStatements } from '../../iam/public-statements.ts';
import { reportPublic } from '../../iam/report-public.ts';

export const publicResourcePolicy: Rule = {
  meta: {
    id: 'iam/public-resource-policy',
    title: 'Resource policies do not let everyone change, delete or use a resource',
    description:
      'A resource policy statement that allows Principal "*" (or {"AWS": "*"}, alone or in a list), or that allows with NotPrincipal ' +
      '(everyone but those listed), opens its actions to any AWS account and, for most services, to anonymous callers. This rule ' +
      'reports such statements when they open Write, Permissions management or Tagging actions, expanded with the IAM catalog: ' +
      'publishing to a topic, sending to a queue, decrypting with a key, invoking a function, writing or deleting objects, ' +
      'changing the policy itself. Statements that open only Read and List actions are reported by iam/public-read-access at ' +
      'warning, since public read is sometimes the point (a website bucket); the two rules never report the same statement. A ' +
      'statement is not public when a condition narrows its callers to known ones with values that are not wildcards: an ' +
      'organisation (aws:PrincipalOrgID, aws:PrincipalOrgPaths), an account (aws:SourceAccount, aws:PrincipalAccount, ' +
      'aws:SourceOwner, kms:CallerAccount), a resource (aws:SourceArn, aws:PrincipalArn), a network (aws:SourceVpce, aws:SourceVpc, ' +
      'aws:SourceIp other than 0.0.0.0/0), a caller id (aws:userid) or a calling service (kms:ViaService). Negated operators, ' +
      '...IfExists, Null and ForAllValues do not narrow (a request without the key passes them), nor do keys a caller chooses ' +
      '(aws:Referer, aws:PrincipalTag/..., sts:ExternalId) or that say nothing about the caller (aws:SecureTransport). A Deny ' +
      'for everyone outside such callers in the same document (StringNotEquals aws:SourceVpce, as private API Gateway APIs and ' +
      'VPC-only buckets are written) takes back the actions and resources it covers. Deny statements never count as grants. Covers every resource policy the model extracts: S3, S3 access points, SQS, SNS, KMS, Lambda ' +
      'permissions, Secrets Manager, ECR, CloudWatch Logs, OpenSearch, EFS, Backup, API Gateway, CodeArtifact, DynamoDB, Kinesis, ' +
      'EventBridge, Glue, MediaStore, MSK, X-Ray, CloudTrail, and standalone policy documents with a Principal.',
    severity: 'error',
    category: 'public-access',
    messages: {
      principal: '{{statement}} gives everyone (Principal {{principal}}) {{actions}}; no condition narrows who can call{{blocked}}',
      notprincipalWithAllow: '{{statement}} allows everyone outside its {{principal}}: {{actions}}; no condition narrows who can call{{blocked}}',
    },
    fix:
      'Name the principals that need access (accounts, roles, service principals). When everyone in your organization or a service ' +
      'acting for one of your resources must be allowed, keep Principal "*" and add a condition: aws:PrincipalOrgID, ' +
      'aws:SourceAccount with aws:SourceArn, or aws:SourceVpce. Replace Allow with NotPrincipal by an Allow naming the principals.',
    references: {
      fsbp: ['Lambda.1', 'S3.3', 'SNS.4', 'SQS.3'],
      wellArchitected: ['SEC03'],
      checkov: ['CKV_AWS_32', 'CKV_AWS_33', 'CKV_AWS_70', 'CKV_AWS_168', 'CKV_AWS_169'],
      cfnNag: ['F7', 'F8', 'F9', 'F13', 'F16', 'F18', 'F21', 'F76'],
      kics: [
        'S3 Bucket Access to Any Principal',
        'S3 Bucket With All Permissions',
        'S3 Bucket Allows Put Action From All Principals',
        'SQS Queue Exposed',
        'KMS Allows Wildcard Principal',
        'ECR Repository Is Publicly Accessible',
        'EFS With Vulnerable Policy',
        'Elasticsearch Domain With Vulnerable Policy',
        'REST API With Vulnerable Policy',
        'CloudWatch Logs Destination With Vulnerable Policy',
      ],
      parliament: ['NOTPRINCIPAL_WITH_ALLOW'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous'],
    },
    recommended: true,
    source: 'src/rules/iam/public-resource-policy.ts',
  },
  examples: {
    cloudformation: `AlertsQueuePolicy:
  Type: AWS::SQS::QueuePolicy
  Properties:
    Queues: [!Ref AlertsQueue]
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Sid: AlertsTopicOnly
          Effect: Allow
          Principal:
            Service: sns.amazonaws.com
          Action: sqs:SendMessage
          Resource: !GetAtt AlertsQueue.Arn
          Condition:
            ArnEquals:
              aws:SourceArn: !Ref AlertsTopic
`,
    terraform: `resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_sqs_queue" "alerts" {
  name = "alerts"
}

data "aws_iam_policy_document" "alerts_queue" {
  statement {
    sid       = "AlertsTopicOnly"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.alerts.arn]
    principals {
      type        = "Service"
      identifiers = ["sns.amazonaws.com"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_sns_topic.alerts.arn]
    }
  }
}

resource "aws_sqs_queue_policy" "alerts" {
  queue_url = aws_sqs_queue.alerts.id
  policy    = data.aws_iam_policy_document.alerts_queue.json
}
`,
  },
  create(context) {
    return {
      policyDocument(doc) {
        if (doc.kind !== 'resource') return;
        for (const p of publicStatements(doc, context.scenario)) if (p.actions.some(modifies)) reportPublic(context, doc, p);
      },
    };
  },
};
