import type { Rule } from '../../engine/rule.ts';
import { statementsOf } from '../../iam/statement.ts';
import { field } from '../../model/value.ts';

export const principalInIdentityPolicy: Rule = {
  meta: {
    id: 'iam/principal-in-identity-policy',
    title: 'Identity policies and SCPs have no Principal',
    description:
      'An identity policy applies to the user, group or role it is attached to, and a service control policy to the accounts ' +
      'of its organizational unit: neither names a principal. IAM refuses such a policy with "Policy document should not ' +
      'specify a principal", which fails the stack. A Principal usually means the statement was copied from a resource or trust ' +
      'policy, where it belongs.',
    severity: 'error',
    category: 'iam',
    messages: {
      principal: '{{kind}} policy has no {{element}}: it applies to whoever it is attached to',
    },
    fix: 'Remove Principal (or NotPrincipal); if the statement was meant to let another principal in, put it in the resource\'s policy or the role\'s trust policy.',
    references: {
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html'],
    },
    recommended: true,
    source: 'src/rules/iam/principal-in-identity-policy.ts',
  },
  examples: {
    cloudformation: `IngestFunctionRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal:
            Service: lambda.amazonaws.com
          Action: sts:AssumeRole
    Policies:
      - PolicyName: read-jobs
        PolicyDocument:
          Version: '2012-10-17'
          Statement:
            - Effect: Allow
              Action: [sqs:ReceiveMessage, sqs:DeleteMessage, sqs:GetQueueAttributes]
              Resource: !GetAtt JobsQueue.Arn
`,
    terraform: `resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_iam_role" "ingest_function" {
  name = "ingest-function"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "read_jobs" {
  name = "read-jobs"
  role = aws_iam_role.ingest_function.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]
      Resource = aws_sqs_queue.jobs.arn
    }]
  })
}
`,
  },
  create(context) {
    return {
      policyDocument(d) {
        if (d.kind !== 'identity' && d.kind !== 'scp') return;
        const resource = d.owner?.id ?? null;
        for (const st of statementsOf(d.document(context.scenario))) {
          for (const element of ['Principal', 'NotPrincipal']) {
            const v = field(st.value, element);
            if (v) context.report({ messageId: 'principal', data: { kind: d.kind === 'scp' ? 'A service control' : 'An identity', element }, path: v.path, key: true, resource });
          }
        }
      },
    };
  },
};
