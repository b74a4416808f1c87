import type { Rule } from '../../engine/rule.ts';
import type { Resource, Unit } from '../../model/model.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';

/** A role ARN or name written out: its name, which is what ECS resolves either to. */
function roleName(v: Value): string | undefined {
  if (v.kind !== 'scalar' || typeof v.value !== 'string' || v.value === '') return undefined;
  const m = /^arn:[^:]+:iam::[^:]*:role\/(?:.*\/)?([^/]+)$/.exec(v.value);
  return m ? m[1] : v.value.includes(':') ? undefined : v.value;
}

/** The role resource a value refers to; Terraform addresses (`aws_iam_role.app`) hold a dot of their own. */
function roleResource(v: Value, unit: Unit): Resource | undefined {
  const found = referencedResource(v, unit);
  if (found || v.kind !== 'unknown' || v.parts) return found;
  return unit.resources.find((r) => v.symbol === `Ref ${r.id}` || v.symbol.startsWith(`Fn::GetAtt ${r.id}.`));
}

/**
 * Whether two role values name the same role: the same resource of the template (`!Ref Role`, `!GetAtt Role.Arn`,
 * a Terraform `aws_iam_role.x.arn`), or the same role written out. Undefined when it cannot be told.
 */
function sameRole(a: Value, b: Value, unit: Unit): string | undefined {
  const ra = roleResource(a, unit);
  const rb = roleResource(b, unit);
  if (ra && rb) return ra === rb ? ra.id : undefined;
  if (ra || rb) return undefined;
  const na = roleName(a);
  return na !== undefined && na === roleName(b) ? na : undefined;
}

export const separateTaskAndExecutionRoles: Rule = {
  meta: {
    id: 'ecs/separate-task-and-execution-roles',
    title: 'ECS task definitions give their containers a task role other than the execution role',
    description:
      'The execution role is what the ECS agent uses to start a task: pull its image from ECR, read the secrets and parameters ' +
      'injected into its containers, create its log streams. The task role is what the application itself gets. When a task ' +
      'definition names the same role for both (TaskRoleArn and ExecutionRoleArn, as the same resource of the template or the ' +
      'same role name or ARN), the application, and anyone who takes it over, can read every secret the execution role was ' +
      'given for any task and pull any image it may, instead of only what the application needs. Roles only known at deploy ' +
      'time, or named one way by a reference and the other by a literal name, are not compared.',
    severity: 'warning',
    category: 'iam',
    messages: {
      same: 'ECS task definition {{resource}} uses {{role}} both as the task role of its containers and as its execution role',
    },
    fix:
      'Create a task role with only the permissions the application calls AWS with (or none), and keep the execution role for ' +
      'the agent: AmazonECSTaskExecutionRolePolicy plus read access to the secrets of this task only.',
    references: {
      wellArchitected: ['SEC03'],
      checkov: ['CKV_AWS_249'],
      urls: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html'],
    },
    recommended: true,
    source: 'src/rules/ecs/separate-task-and-execution-roles.ts',
  },
  examples: {
    cloudformation: `TaskExecutionRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - { Effect: Allow, Principal: { Service: ecs-tasks.amazonaws.com }, Action: sts:AssumeRole }
    ManagedPolicyArns:
      - arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy
ApiTaskRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - { Effect: Allow, Principal: { Service: ecs-tasks.amazonaws.com }, Action: sts:AssumeRole }
ApiTaskDefinition:
  Type: AWS::ECS::TaskDefinition
  Properties:
    Family: api
    RequiresCompatibilities: [FARGATE]
    NetworkMode: awsvpc
    Cpu: '256'
    Memory: '512'
    ExecutionRoleArn: !GetAtt TaskExecutionRole.Arn
    TaskRoleArn: !GetAtt ApiTaskRole.Arn
    ContainerDefinitions:
      - Name: api
        Image: !Sub \${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/api:1.4.2
        Essential: true
`,
    terraform: `resource "aws_iam_role" "task_execution" {
  name               = "api-task-execution"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

resource "aws_iam_role_policy_attachment" "task_execution" {
  role       = aws_iam_role.task_execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_iam_role" "api_task" {
  name               = "api-task"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  execution_role_arn       = aws_iam_role.task_execution.arn
  task_role_arn            = aws_iam_role.api_task.arn
  container_definitions = jsonencode([{
    name      = "api"
    image     = "\${aws_ecr_repository.api.repository_url}:1.4.2"
    essential = true
  }])
}
`,
  },
  create(context) {
    return {
      resourceTypes: new Set(['AWS::ECS::TaskDefinition']),
      resource(r) {
        const props = r.properties(context.scenario);
        const task = field(props, 'TaskRoleArn');
        const execution = field(props, 'ExecutionRoleArn');
        if (!task || !execution) return;
        const role = sameRole(task, execution, context.unit);
        if (role === undefined) return;
        context.report({
          messageId: 'same',
          data: { resource: r.id, role },
          path: task.path,
          file: task.file ?? r.file,
          resource: r.id,
          related: [{ message: 'the same role is the execution role', path: execution.path, ...(execution.file !== undefined ? { file: execution.file } : {}) }],
        });
      },
    };
  },
};
