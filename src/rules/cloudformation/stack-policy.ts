import type { Rule } from '../../engine/rule.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

export const stackPolicy: Rule = {
  meta: {
    id: 'cloudformation/stack-policy',
    title: 'Terraform-managed CloudFormation stacks have a stack policy that protects some resources from updates',
    description:
      'Without a stack policy, every update of a stack may modify, replace or delete any of its resources: a changed ' +
      'property that forces replacement of a database or a bucket deletes it, with its data, as part of an ordinary ' +
      'update. A stack policy denies such updates (Update:Replace, Update:Delete) on the resources that hold state, so ' +
      'they happen only when someone overrides the policy on purpose. Terraform sets it with policy_body or policy_url ' +
      'on aws_cloudformation_stack; a policy that denies nothing (only Allow statements) is no protection. ' +
      'CloudFormation templates cannot give themselves or their nested stacks a stack policy (it is set when the stack is ' +
      'created or with SetStackPolicy), so only Terraform is checked. A policy known only at apply time or given by URL ' +
      'is taken as set.',
    severity: 'info',
    category: 'resilience',
    messages: {
      missing: 'CloudFormation stack {{resource}} has no stack policy: any update may replace or delete its resources',
      allowsAll: 'The stack policy of {{resource}} denies no update: it protects none of the stack\'s resources',
    },
    fix:
      'Set policy_body to a stack policy that allows Update:* on everything and denies Update:Replace and Update:Delete ' +
      'on the stateful resources (LogicalResourceId/Database, or by ResourceType with a Condition).',
    references: {
      kics: ['No Stack Policy'],
      urls: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/protect-stack-resources.html'],
    },
    recommended: false,
    formats: ['terraform'],
    source: 'src/rules/cloudformation/stack-policy.ts',
  },
  examples: {
    terraform: [
      'resource "aws_cloudformation_stack" "data" {',
      '  name         = "data"',
      '  template_url = "https://templates.s3.amazonaws.com/data.yaml"',
      '  policy_body = jsonencode({',
      '    Statement = [',
      '      { Effect = "Allow", Action = "Update:*", Principal = "*", Resource = "*" },',
      '      { Effect = "Deny", Action = ["Update:Replace", "Update:Delete"], Principal = "*", Resource = "LogicalResourceId/Database" },',
      '    ]',
      '  })',
      '}',
      '',
    ].join('\n'),
  },
  create(context) {
    return {
      resourceTypes: new Set(['AWS::CloudFormation::Stack']),
      resource(r) {
        if (r.provider !== 'terraform' || context.unit.kind === 'terraform-plan') return;
        const attrs = r.sourceAttributes?.(context.scenario);
        if (attrs === undefined || attrs.kind === 'unknown') return;
        const body = field(attrs, 'policy_body');
        if (field(attrs, 'policy_url') !== undefined || (body !== undefined && deniesSomething(body))) return;
        if (body === undefined) {
          context.report({ messageId: 'missing', data: { resource: r.id }, path: r.path, file: r.file, key: true, resource: r.id });
          return;
        }
        context.report({ messageId: 'allowsAll', data: { resource: r.id }, path: body.path, ...(body.file !== undefined ? { file: body.file } : {}), resource: r.id });
      },
    };
  },
};

/**
 * Whether a stack policy may deny an update: true unless it is known (a JSON string, or the value of jsonencode) and
 * has no statement but Allow ones.
 */
function deniesSomething(body: Value): boolean {
  if (body.kind === 'object') {
    const statements = field(body, 'Statement');
    const list = statements?.kind === 'list' ? statements.items : [statements];
    return list.some((st) => {
      const effect = field(st, 'Effect');
      return effect?.kind !== 'scalar' || effect.value !== 'Allow';
    });
  }
  if (body.kind !== 'scalar' || typeof body.value !== 'string') return true;
  let doc: unknown;
  try {
    doc = JSON.parse(body.value);
  } catch {
    return true;
  }
  const statements = (doc as { Statement?: unknown } | null)?.Statement;
  const list = Array.isArray(statements) ? statements : [statements];
  return list.some((st) => st === null || typeof st !== 'object' || (st as { Effect?: unknown }).Effect !== 'Allow');
}
