import type { Rule } from '../../engine/rule.ts';
import { fromEmptyDefault } from '../../iam/empty-default.ts';
import { looksLikeResource, resourcesAreArns } from '../../iam/resource-patterns.ts';
import { statementsOf } from '../../iam/statement.ts';

/** `arn:partition:service:region:account:resource`: six fields, the last of which may hold more colons. */
const ARN_FIELDS = 6;

export const invalidResource: Rule = {
  meta: {
    id: 'iam/invalid-resource',
    title: 'Resource entries are ARNs or "*"',
    description:
      'Resource and NotResource take ARNs (arn:partition:service:region:account:resource, with wildcards) or "*". A bucket ' +
      'name, a queue URL, an ARN with a field missing, or a CloudFormation function left in a standalone policy file ' +
      '({"Fn::Sub": ...}, which only a template evaluates) is refused by IAM or matches nothing, so the statement is void. ' +
      'Template values only known at deploy time are not judged.',
    severity: 'error',
    category: 'iam',
    messages: {
      notArn: '"{{resource}}" is not an ARN: write arn:partition:service:region:account:resource, or "*"',
      shortArn: '"{{resource}}" has {{fields}} of the {{expected}} fields of an ARN (arn:partition:service:region:account:resource)',
      notString: '{{element}} entries are strings; this is {{what}}',
      function: '{{element}} holds a CloudFormation {{fn}}, which only a template evaluates: here it is an object, not an ARN',
    },
    fix: 'Write the resource\'s full ARN (a bucket is arn:aws:s3:::name, its objects arn:aws:s3:::name/*), or "*".',
    references: {
      parliament: ['INVALID_ARN'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html'],
    },
    recommended: true,
    source: 'src/rules/iam/invalid-resource.ts',
  },
  examples: {
    cloudformation: `JobsWorkerPolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Action: [sqs:ReceiveMessage, sqs:DeleteMessage]
          Resource: !GetAtt JobsQueue.Arn
        - Effect: Allow
          Action: s3:PutObject
          Resource: arn:aws:s3:::example-results/jobs/*
`,
    terraform: `resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_iam_policy" "jobs_worker" {
  name = "jobs-worker"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
        Resource = aws_sqs_queue.jobs.arn
      },
      {
        Effect   = "Allow"
        Action   = "s3:PutObject"
        Resource = "arn:aws:s3:::example-results/jobs/*"
      },
    ]
  })
}
`,
  },
  create(context) {
    return {
      policyDocument(d) {
        if (!resourcesAreArns(d)) return;
        const resource = d.owner?.id ?? null;
        for (const st of statementsOf(d.document(context.scenario))) {
          for (const [element, elements] of [['Resource', st.resource], ['NotResource', st.notResource]] as const) {
            for (const e of elements?.items ?? []) {
              const v = e.value;
              if (v.kind === 'unknown' || fromEmptyDefault(v, context.unit)) continue;
              const fn = v.kind === 'object' && v.entries.size === 1 ? [...v.entries.keys()].find((k) => k === 'Ref' || k.startsWith('Fn::')) : undefined;
              if (fn) {
                context.report({ messageId: 'function', data: { element, fn }, path: v.path, resource });
                continue;
              }
              if (v.kind !== 'scalar' || typeof v.value !== 'string') {
                const what = v.kind === 'object' ? `an object (${[...v.entries.keys()].join(', ') || 'empty'})` : v.kind === 'list' ? 'a list' : JSON.stringify(v.value);
                context.report({ messageId: 'notString', data: { element, what }, path: v.path, resource });
                continue;
              }
              const text = v.value;
              if (!looksLikeResource(text)) context.report({ messageId: 'notArn', data: { resource: text }, path: v.path, resource });
              // A policy variable or a wildcard may stand for any number of fields.
              else if (/^arn:/i.test(text) && !/[*]|\$\{/.test(text) && text.split(':').length < ARN_FIELDS) context.report({ messageId: 'shortArn', data: { resource: text, fields: text.split(':').length, expected: ARN_FIELDS }, path: v.path, resource });
            }
          }
        }
      },
    };
  },
};
