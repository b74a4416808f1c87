// Imported rather than read at run time, so the list travels inside the CLI bundle like the code that uses it.
import data from '../../../data/lambda/deprecated-runtimes.json' with { type: 'json' };
import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function']);

const DEPRECATED = new Map(data.runtimes.map((r) => [r.runtime, r]));

export const deprecatedRuntime: Rule = {
  meta: {
    id: 'lambda/deprecated-runtime',
    title: 'Lambda functions run on a runtime AWS still supports',
    description:
      'When a Lambda runtime reaches its deprecation date, AWS stops applying security patches to it and to its ' +
      'operating system, and the language version itself has usually stopped receiving fixes: a vulnerability found ' +
      'after that date stays in every function that uses it. Such functions keep running, but soon can no longer be ' +
      'updated, so a fix cannot even be deployed without first moving to a newer runtime. Checks the Runtime of ' +
      `AWS::Lambda::Function and SAM functions (Globals included) against AWS's runtime tables (${data.source}), as of ` +
      `${data.asOf}: the list is data (data/lambda/deprecated-runtimes.json), with each runtime's deprecation date. ` +
      'Container image functions choose their runtime in the image and are not checked.',
    severity: 'warning',
    category: 'configuration',
    messages: { deprecated: 'Lambda function {{resource}} runs on {{runtime}} ({{name}}), deprecated since {{date}}: it gets no security patches' },
    fix: 'Move the function to a supported runtime of the same language (nodejs22.x, python3.13, java21, dotnet8 or later, ruby3.4, provided.al2023) and test it there.',
    references: {
      fsbp: ['Lambda.2'],
      wellArchitected: ['SEC06'],
      checkov: ['CKV_AWS_363'],
      urls: [data.source],
    },
    recommended: true,
    source: 'src/rules/lambda/deprecated-runtime.ts',
  },
  examples: {
    cloudformation: `Function:
  Type: AWS::Lambda::Function
  Properties:
    Runtime: python3.13
    Handler: app.handler
    Role: !GetAtt FunctionRole.Arn
    Code:
      S3Bucket: !Ref ArtifactBucket
      S3Key: app.zip
`,
    terraform: `resource "aws_lambda_function" "app" {
  function_name = "app"
  runtime       = "python3.13"
  handler       = "app.handler"
  role          = aws_iam_role.app.arn
  filename      = "app.zip"
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        if (r.type !== 'AWS::Lambda::Function' && r.type !== 'AWS::Serverless::Function') return;
        const runtime = field(r.properties(context.scenario), 'Runtime');
        if (runtime?.kind !== 'scalar') return;
        const entry = DEPRECATED.get(String(runtime.value).trim().toLowerCase());
        if (!entry) return;
        context.report({
          messageId: 'deprecated',
          data: { resource: r.id, runtime: entry.runtime, name: entry.name, date: entry.deprecated },
          path: runtime.path,
          file: runtime.file ?? r.file,
          resource: r.id,
          ...(runtime.via ? { related: runtime.via } : {}),
        });
      },
    };
  },
};
