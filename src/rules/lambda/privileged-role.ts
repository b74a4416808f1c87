import type { Rule } from '../../engine/rule.ts';
import type { Via } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { unitEscalations } from '../../iam/escalations.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';

const FUNCTION_TYPES = new Set(['AWS::Lambda::Function', 'AWS::Serverless::Function']);

export const privilegedRole: Rule = {
  meta: {
    id: 'lambda/privileged-role',
    title: 'Lambda functions do not run with administrator or privilege-escalating permissions',
    description:
      'A function runs whatever code it is given with its execution role\'s credentials, and functions are exposed: ' +
      'they parse events from queues, buckets and API requests, and pull in third-party packages. A code injection, ' +
      'a deserialization bug or a poisoned dependency in a function whose role is an administrator, or can make ' +
      'itself one (attach a policy, pass a stronger role to a new function, edit a policy version...), hands the ' +
      'attacker the account. Reported for an AWS::Lambda::Function or SAM function whose role is a role of the ' +
      'template (or, for SAM, whose Policies) that the IAM analysis finds can escalate privileges or has full access; ' +
      'the role itself is reported by the iam/privilege-escalation rules. A role only known at deploy time is not judged.',
    severity: 'warning',
    category: 'iam',
    messages: {
      admin: 'Lambda function {{resource}} runs with full administrator access through {{role}}',
      escalation: 'Lambda function {{resource}} runs with {{role}}, which can escalate privileges ({{methods}})',
    },
    fix: 'Give the function a role of its own that grants only the actions it calls, on the resources it uses; keep IAM and role-passing permissions out of workload roles.',
    references: {
      wellArchitected: ['SEC03'],
      kics: ['Lambda Function With Privileged Role'],
      urls: ['https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html'],
    },
    recommended: false,
    source: 'src/rules/lambda/privileged-role.ts',
  },
  examples: {
    cloudformation: `FunctionRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal: { Service: lambda.amazonaws.com }
          Action: sts:AssumeRole
    ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]
    Policies:
      - PolicyName: read-orders
        PolicyDocument:
          Version: '2012-10-17'
          Statement:
            - Effect: Allow
              Action: dynamodb:GetItem
              Resource: !GetAtt Orders.Arn
`,
    terraform: `resource "aws_iam_role_policy" "read_orders" {
  role = aws_iam_role.function.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "dynamodb:GetItem", Resource = aws_dynamodb_table.orders.arn }]
  })
}
`,
  },
  create(context) {
    return {
      resourceTypes: FUNCTION_TYPES,
      resource(fn) {
        if (!FUNCTION_TYPES.has(fn.type)) return;
        const roleValue = field(fn.properties(context.scenario), 'Role');
        const role = roleValue ? referencedResource(roleValue, context.unit) : undefined;
        if (roleValue && !role) return;
        // A SAM function without Role gets a role made of its Policies, which the analysis reads as its own documents.
        const holder = role ?? (fn.type === 'AWS::Serverless::Function' ? fn : undefined);
        if (!holder) return;
        const found = unitEscalations(context.unit, context.scenario).filter((e) => e.principal.resource === holder && (e.fullAccess || e.methods.length > 0));
        if (found.length === 0) return;
        const roleName = role ? `role ${role.id}` : 'the role SAM makes of its Policies';
        const related: Via[] = role ? [{ message: `the function's role, ${role.id}`, path: role.path, ...(role.file !== fn.file ? { file: role.file } : {}) }] : [];
        const at = roleValue ?? field(fn.properties(context.scenario), 'Policies');
        const base = { path: at?.path ?? fn.propertiesPath, file: at?.file ?? fn.file, resource: fn.id, related, key: !roleValue };
        if (found.some((e) => e.fullAccess)) return context.report({ ...base, messageId: 'admin', data: { resource: fn.id, role: roleName } });
        const methods = [...new Set(found.flatMap((e) => e.methods.map((m) => m.method.method)))];
        const shown = methods.length <= 3 ? methods.join('; ') : `${methods.slice(0, 3).join('; ')} and ${methods.length - 3} more`;
        context.report({ ...base, messageId: 'escalation', data: { resource: fn.id, role: roleName, methods: shown } });
      },
    };
  },
};
