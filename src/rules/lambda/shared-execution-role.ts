import type { Rule } from '../../engine/rule.ts';
import type { Resource } from '../../model/model.ts';
import type { Value } from '../../model/value.ts';
import { display, field } from '../../model/value.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';

const FUNCTION_TYPES = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function']);

/** What identifies a role however it is written: the role resource of the unit (Ref or GetAtt), else the value. */
function roleKey(v: Value, unit: Parameters<typeof referencedResource>[1]): string | undefined {
  const role = referencedResource(v, unit);
  if (role) return `resource:${role.id}`;
  if (v.kind === 'scalar') return v.value === null || v.value === '' ? undefined : `value:${String(v.value)}`;
  // An unknown value names a role only when it says which: an import or a function result could be any role.
  if (v.kind !== 'unknown' || (!v.parts && !/^(Ref |Fn::GetAtt |var\.|local\.)/.test(v.symbol))) return undefined;
  return `value:${display(v)}`;
}

/** Instances of one Terraform block (count, for_each) are one function written once: they are not counted apart. */
const blockOf = (id: string) => id.replace(/\[[^\]]*\]$/, '');

export const sharedExecutionRole: Rule = {
  meta: {
    id: 'lambda/shared-execution-role',
    title: 'Each Lambda function has an execution role of its own',
    description:
      'Functions that share an execution role each get the permissions all of them need: a flaw in the simplest one ' +
      'reaches everything the most privileged one can, and the role\'s policy can never be cut down to what a single ' +
      'function does. A role per function keeps each one to its own least privilege, and shows in CloudTrail which ' +
      'function made a call. Reported for every AWS::Lambda::Function or SAM function of the template whose Role names ' +
      'the same role as another one (by reference, or by the same ARN); SAM functions without Role get their own.',
    severity: 'info',
    category: 'iam',
    messages: { shared: 'Lambda function {{resource}} shares its execution role with {{others}}' },
    fix: 'Give each function its own role with only the permissions that function uses (in SAM, leave Role out and list its Policies).',
    references: {
      wellArchitected: ['SEC03'],
      kics: ['Serverless Function Without Unique IAM Role'],
      urls: ['https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html'],
    },
    recommended: false,
    source: 'src/rules/lambda/shared-execution-role.ts',
  },
  examples: {
    cloudformation: `Resize:
  Type: AWS::Serverless::Function
  Properties:
    Handler: resize.handler
    Runtime: python3.13
    CodeUri: src/
    Policies:
      - S3ReadPolicy: { BucketName: !Ref Uploads }
Publish:
  Type: AWS::Serverless::Function
  Properties:
    Handler: publish.handler
    Runtime: python3.13
    CodeUri: src/
    Policies:
      - SNSPublishMessagePolicy: { TopicName: !GetAtt Events.TopicName }
`,
    terraform: `resource "aws_lambda_function" "resize" {
  function_name = "resize"
  role          = aws_iam_role.resize.arn
  handler       = "resize.handler"
  runtime       = "python3.13"
  filename      = "resize.zip"
}
`,
  },
  create(context) {
    return {
      unit(unit) {
        const byRole = new Map<string, { fn: Resource; role: Value }[]>();
        for (const fn of unit.resources) {
          if (!FUNCTION_TYPES.has(fn.type)) continue;
          const role = field(fn.properties(context.scenario), 'Role');
          const key = role ? roleKey(role, unit) : undefined;
          if (!role || !key) continue;
          byRole.set(key, [...(byRole.get(key) ?? []), { fn, role }]);
        }
        for (const users of byRole.values()) {
          const blocks = new Set(users.map((u) => blockOf(u.fn.id)));
          if (blocks.size < 2) continue;
          for (const { fn, role } of users) {
            const others = [...blocks].filter((b) => b !== blockOf(fn.id));
            const shown = others.length <= 3 ? others.join(', ') : `${others.slice(0, 3).join(', ')} and ${others.length - 3} more`;
            context.report({ messageId: 'shared', data: { resource: fn.id, others: shown }, path: role.path, file: role.file ?? fn.file, resource: fn.id });
          }
        }
      },
    };
  },
};
