import type { Rule } from '../../engine/rule.ts';
import { statementsOf } from '../../iam/statement.ts';
import { suggestName } from '../../iam/suggest.ts';
import type { Value } from '../../model/value.ts';

const DOCUMENT = ['Version', 'Id', 'Statement'];
const STATEMENT = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];

export const unknownElement: Rule = {
  meta: {
    id: 'iam/unknown-element',
    title: 'Policies use only the elements of the policy grammar',
    description:
      'A policy document holds Version, Id and Statement; a statement holds Sid, Effect, Principal, NotPrincipal, Action, ' +
      'NotAction, Resource, NotResource and Condition, with that exact case. IAM refuses anything else, and a misspelt element ' +
      '("Actions", "Resources", "Conditions") usually also hides what it was meant to say: the condition that was meant to ' +
      'narrow a grant is not there.',
    severity: 'error',
    category: 'iam',
    messages: {
      document: '"{{element}}" is not an element of a policy document{{hint}}',
      statement: '"{{element}}" is not an element of a statement{{hint}}',
    },
    fix: 'Rename the element to the one meant (the message suggests it), or remove it.',
    references: {
      parliament: ['MALFORMED'],
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html'],
    },
    recommended: true,
    source: 'src/rules/iam/unknown-element.ts',
  },
  examples: {
    cloudformation: `DeployPolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Sid: DeployArtifacts
          Effect: Allow
          Action: [s3:PutObject, s3:GetObject]
          Resource: arn:aws:s3:::example-artifacts/*
          Condition:
            StringEquals:
              aws:RequestedRegion: eu-west-1
`,
    terraform: `resource "aws_iam_policy" "deploy" {
  name = "deploy"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DeployArtifacts"
      Effect    = "Allow"
      Action    = ["s3:PutObject", "s3:GetObject"]
      Resource  = "arn:aws:s3:::example-artifacts/*"
      Condition = { StringEquals = { "aws:RequestedRegion" = "eu-west-1" } }
    }]
  })
}
`,
  },
  create(context) {
    return {
      policyDocument(d) {
        const doc = d.document(context.scenario);
        const resource = d.owner?.id ?? null;
        const check = (v: Value, allowed: string[], messageId: string) => {
          if (v.kind !== 'object') return;
          for (const [element, value] of v.entries) {
            if (allowed.includes(element)) continue;
            const suggestion = suggestName(element, allowed);
            context.report({ messageId, data: { element, hint: suggestion ? ` (did you mean ${suggestion}?)` : '' }, path: value.path, key: true, resource });
          }
        };
        if (doc) check(doc, DOCUMENT, 'document');
        for (const st of statementsOf(doc)) check(st.value, STATEMENT, 'statement');
      },
    };
  },
};
