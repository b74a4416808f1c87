import type { Rule } from '../../engine/rule.ts';
import { documentTarget } from '../../iam/document-target.ts';
import { field } from '../../model/value.ts';

export const policyVersion: Rule = {
  meta: {
    id: 'iam/policy-version',
    title: 'Policies declare Version 2012-10-17',
    description:
      'The policy language version decides how IAM reads the document. Without a Version, IAM reads it as 2008-10-17, the ' +
      'version before policy variables: ${aws:username}, ${aws:PrincipalTag/team} and the like are then literal text, so a ' +
      'Resource such as arn:aws:s3:::home/${aws:username}/* matches no real object, and a condition that compares with a ' +
      'variable never matches. Any other value is refused. Declare "2012-10-17" in every policy, Deny-only ones included. Not ' +
      'in the recommended set: a policy without variables means the same under both versions, and many templates omit ' +
      'Version in trust policies.',
    severity: 'warning',
    category: 'iam',
    messages: {
      missing: 'The policy has no Version: IAM reads it as 2008-10-17, where policy variables are plain text',
      old: 'Version 2008-10-17 predates policy variables: they are plain text in this policy',
      invalid: 'Version "{{version}}" is not a policy language version: use "2012-10-17"',
    },
    fix: 'Add "Version": "2012-10-17" at the top of the policy document.',
    references: {
      urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html'],
    },
    recommended: false,
    source: 'src/rules/iam/policy-version.ts',
  },
  examples: {
    cloudformation: `HomeFolderPolicy:
  Type: AWS::IAM::ManagedPolicy
  Properties:
    Groups: [!Ref Employees]
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Action: [s3:GetObject, s3:PutObject, s3:DeleteObject]
          Resource: arn:aws:s3:::example-home/home/\${aws:username}/*
`,
    terraform: `resource "aws_iam_policy" "home_folder" {
  name = "home-folder"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
      Resource = "arn:aws:s3:::example-home/home/$\${aws:username}/*"
    }]
  })
}
`,
  },
  create(context) {
    return {
      policyDocument(d) {
        const doc = d.document(context.scenario);
        if (doc?.kind !== 'object') return;
        const version = field(doc, 'Version');
        const resource = d.owner?.id ?? null;
        if (!version) context.report({ ...documentTarget(d), messageId: 'missing' });
        else if (version.kind !== 'scalar') return;
        else if (version.value === '2008-10-17') context.report({ messageId: 'old', path: version.path, resource });
        else if (version.value !== '2012-10-17') context.report({ messageId: 'invalid', data: { version: String(version.value) }, path: version.path, resource });
      },
    };
  },
};
