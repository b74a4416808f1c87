import type { RuleMeta } from '../../core/rule-meta.ts';
import type { Rule, RuleContext } from '../../engine/rule.ts';
import type { Via } from '../../model/value.ts';
import type { Clause } from '../../iam/clause.ts';
import type { EscalationMethod } from '../../iam/escalation-methods.ts';
import { ESCALATION_METHODS } from '../../iam/escalation-methods.ts';
import type { Escalation, FullAccess } from '../../iam/escalations.ts';
import { unitEscalations } from '../../iam/escalations.ts';
import type { Allowed } from '../../iam/grants.ts';
import type { Principal } from '../../iam/principals.ts';

const FIX =
  'Grant the actions only on the resources the principal must reach, named one by one (a role it passes, a function it deploys), never on a wildcard that also covers more privileged ones; or deny them with a Deny statement, or a permissions boundary that does not allow them. Conditions that an attacker cannot meet (iam:PassedToService for the one service that needs the role, iam:PolicyARN for the policies that may be attached) also close the path.';

/** Who the finding is about, as the subject of its message. */
function subject(p: Principal): string {
  switch (p.kind) {
    case 'role':
      return `Role ${p.name}`;
    case 'user':
      return `User ${p.name}`;
    case 'group':
      return `Members of group ${p.name}`;
    case 'policy':
      return p.resource ? `A principal with ${p.name}` : 'A principal with this policy';
  }
}

function via(c: Clause, message: string): Via {
  const prefix = c.source.document.startsWith('AWS managed policy') ? `${c.source.document}: ` : '';
  return { message: prefix + message, path: c.source.path, ...(c.source.file ? { file: c.source.file } : {}) };
}

function relatedOf(e: Escalation): Via[] {
  const out: Via[] = [];
  const add = (v: Via) => {
    if (!out.some((x) => x.message === v.message && JSON.stringify(x.path) === JSON.stringify(v.path) && x.file === v.file)) out.push(v);
  };
  for (const { grant } of e.grants) {
    for (const a of grant.allowed) add(via(a.clause, `allows ${a.action} on ${a.resource}`));
    for (const a of grant.boundary) add(via(a.clause, `the permissions boundary allows ${a.action} on ${a.resource}`));
    for (const d of grant.conditionalDenies) add(via(d.clause, `denies ${d.action} only when its condition holds`));
  }
  return out;
}

function grantsText(e: Escalation): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  const add = (a: Allowed) => {
    const t = `${a.action} on ${a.resource}`;
    if (!seen.has(t)) parts.push(t);
    seen.add(t);
  };
  for (const { grant } of e.grants) grant.allowed.forEach(add);
  return parts.join(', ');
}

/** Where a finding about the principal points: its resource's logical id, or the first statement that counts. */
function report(ctx: RuleContext, p: Principal, first: Clause, messageId: string, data: Record<string, unknown>, related: Via[]) {
  if (p.resource) ctx.report({ messageId, data, path: p.resource.path, file: p.resource.file, resource: p.resource.id, key: true, related });
  else ctx.report({ messageId, data, path: first.source.path, file: p.file, resource: null, related });
}

function conditionsText(keys: string[]): string {
  return keys.length > 0 ? keys.join(', ') : 'a Deny with a condition';
}

// "How to fix" examples, one per method: a managed policy that gives what the job needs without opening the path.
// ARNs are written as Terraform gets them (account 123456789012, region eu-west-1); the CloudFormation form puts
// the stack's account and region in their place.
const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const IAM = `arn:aws:iam::${ACCOUNT}:`;
const arnIn = (service: string) => `arn:aws:${service}:${REGION}:${ACCOUNT}:`;
const EC2 = arnIn('ec2');

interface ExampleStatement {
  sid: string;
  deny?: true;
  actions: string[];
  resources: string[];
  condition?: Record<string, Record<string, string | string[]>>;
}

interface FixExample {
  /** The policy's name, kebab-case: `lambda-deployer`. */
  name: string;
  description: string;
  statements: ExampleStatement[];
}

/** iam:PassRole on the named roles only, and only to the one service that needs them. */
const passOnly = (sid: string, service: string, ...roles: string[]): ExampleStatement => ({
  sid,
  actions: ['iam:PassRole'],
  resources: roles.map((r) => `${IAM}role/${r}`),
  condition: { StringEquals: { 'iam:PassedToService': service } },
});

const BASTION = `${EC2}instance/i-0a1b2c3d4e5f67890`;

const FIX_EXAMPLES: Record<string, FixExample> = {
  'create-policy-version': {
    name: 'readers-policy-maintainer',
    description: 'Publishes new versions of the orders-readers policy, which is attached to the application roles and not to this principal',
    statements: [
      {
        sid: 'VersionOneNamedPolicy',
        actions: ['iam:CreatePolicyVersion', 'iam:DeletePolicyVersion', 'iam:GetPolicyVersion', 'iam:ListPolicyVersions'],
        resources: [`${IAM}policy/orders-readers`],
      },
    ],
  },
  'set-default-policy-version': {
    name: 'readers-policy-rollback',
    description: 'Rolls the orders-readers policy back to an earlier version; the policy is attached to the application roles, not to this principal',
    statements: [
      {
        sid: 'SwitchVersionsOfOneNamedPolicy',
        actions: ['iam:SetDefaultPolicyVersion', 'iam:GetPolicyVersion', 'iam:ListPolicyVersions'],
        resources: [`${IAM}policy/orders-readers`],
      },
    ],
  },
  'attach-policy': {
    name: 'app-role-attacher',
    description: 'Attaches the approved read-only managed policies to the roles under the app/ path, and no other policy',
    statements: [
      {
        sid: 'AttachOnlyApprovedPolicies',
        actions: ['iam:AttachRolePolicy', 'iam:DetachRolePolicy'],
        resources: [`${IAM}role/app/*`],
        condition: { ArnEquals: { 'iam:PolicyARN': ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess', 'arn:aws:iam::aws:policy/CloudWatchLogsReadOnlyAccess'] } },
      },
    ],
  },
  'put-inline-policy': {
    name: 'task-role-policy-writer',
    description: 'Writes the inline policies of the orders-api-task role only, which is not the role this policy is attached to',
    statements: [
      {
        sid: 'WriteInlinePoliciesOfOneNamedRole',
        actions: ['iam:PutRolePolicy', 'iam:DeleteRolePolicy', 'iam:GetRolePolicy'],
        resources: [`${IAM}role/orders-api-task`],
      },
    ],
  },
  'add-user-to-group': {
    name: 'support-group-membership',
    description: 'Adds users to and removes them from the read-only support group, and no other group',
    statements: [
      {
        sid: 'ManageOneNamedGroup',
        actions: ['iam:AddUserToGroup', 'iam:RemoveUserFromGroup', 'iam:GetGroup'],
        resources: [`${IAM}group/support-readonly`],
      },
    ],
  },
  'update-assume-role-policy': {
    name: 'partner-trust-maintainer',
    description: 'Maintains the trust policy of the partner-audit role, with no sts:AssumeRole on that role',
    statements: [
      {
        sid: 'EditTheTrustOfOneNamedRole',
        actions: ['iam:UpdateAssumeRolePolicy', 'iam:GetRole'],
        resources: [`${IAM}role/partner-audit`],
      },
    ],
  },
  'create-access-key': {
    name: 'self-service-access-keys',
    description: 'Lets each user manage the access keys of their own user only',
    statements: [
      {
        sid: 'OwnAccessKeysOnly',
        actions: ['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys', 'iam:UpdateAccessKey'],
        resources: [`${IAM}user/\${aws:username}`],
      },
    ],
  },
  'create-login-profile': {
    name: 'self-service-console-password',
    description: 'Lets each user set up a console password for their own user only',
    statements: [
      {
        sid: 'OwnLoginProfileOnly',
        actions: ['iam:CreateLoginProfile', 'iam:GetLoginProfile', 'iam:DeleteLoginProfile'],
        resources: [`${IAM}user/\${aws:username}`],
      },
    ],
  },
  'update-login-profile': {
    name: 'self-service-password-change',
    description: 'Lets each user change their own console password with iam:ChangePassword, without iam:UpdateLoginProfile on other users',
    statements: [
      { sid: 'ChangeOwnPassword', actions: ['iam:ChangePassword', 'iam:GetLoginProfile'], resources: [`${IAM}user/\${aws:username}`] },
      { sid: 'ReadPasswordPolicy', actions: ['iam:GetAccountPasswordPolicy'], resources: ['*'] },
    ],
  },
  'pass-role-ec2': {
    name: 'web-server-launcher',
    description: 'Launches web servers with the web-server role, and no other role',
    statements: [
      passOnly('PassTheWebServerRoleToEc2Only', 'ec2.amazonaws.com', 'web-server'),
      {
        sid: 'LaunchInstances',
        actions: ['ec2:RunInstances'],
        resources: [`${EC2}instance/*`, `${EC2}volume/*`, `${EC2}network-interface/*`, `${EC2}subnet/*`, `${EC2}security-group/*`, `arn:aws:ec2:${REGION}::image/*`],
      },
    ],
  },
  'pass-role-lambda': {
    name: 'orders-function-deployer',
    description: 'Creates and invokes the orders-api function with its own execution role, and no other role',
    statements: [
      passOnly('PassTheFunctionRoleToLambdaOnly', 'lambda.amazonaws.com', 'orders-api-function'),
      { sid: 'DeployOneFunction', actions: ['lambda:CreateFunction', 'lambda:GetFunction', 'lambda:InvokeFunction'], resources: [`${arnIn('lambda')}function:orders-api`] },
    ],
  },
  'pass-role-glue': {
    name: 'nightly-etl-deployer',
    description: 'Creates and runs the nightly-etl Glue job with its own role, and no other role',
    statements: [
      passOnly('PassTheEtlRoleToGlueOnly', 'glue.amazonaws.com', 'glue-nightly-etl'),
      { sid: 'ManageOneJob', actions: ['glue:CreateJob', 'glue:UpdateJob', 'glue:StartJobRun'], resources: [`${arnIn('glue')}job/nightly-etl`] },
    ],
  },
  'pass-role-cloudformation': {
    name: 'orders-stack-deployer',
    description: 'Deploys the orders-api stack with its own service role, and no other role',
    statements: [
      passOnly('PassTheStackRoleToCloudFormationOnly', 'cloudformation.amazonaws.com', 'cfn-orders-api'),
      {
        sid: 'DeployOneStack',
        actions: ['cloudformation:CreateStack', 'cloudformation:UpdateStack', 'cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet', 'cloudformation:DescribeStacks'],
        resources: [`${arnIn('cloudformation')}stack/orders-api/*`],
      },
    ],
  },
  'pass-role-datapipeline': {
    name: 'export-pipeline-deployer',
    description: 'Creates and activates Data Pipelines with the default pipeline and resource roles, and no other role',
    statements: [
      passOnly('PassThePipelineRolesToDataPipelineOnly', 'datapipeline.amazonaws.com', 'DataPipelineDefaultRole', 'DataPipelineDefaultResourceRole'),
      { sid: 'ManagePipelines', actions: ['datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition', 'datapipeline:ActivatePipeline'], resources: ['*'] },
    ],
  },
  'pass-role-codebuild': {
    name: 'orders-build-manager',
    description: 'Creates and starts the orders-build project with its own service role, and no other role',
    statements: [
      passOnly('PassTheBuildRoleToCodeBuildOnly', 'codebuild.amazonaws.com', 'codebuild-orders'),
      { sid: 'ManageOneProject', actions: ['codebuild:CreateProject', 'codebuild:UpdateProject', 'codebuild:StartBuild', 'codebuild:BatchGetBuilds'], resources: [`${arnIn('codebuild')}project/orders-build`] },
    ],
  },
  'pass-role-sagemaker-notebook': {
    name: 'analytics-notebook-manager',
    description: 'Creates and opens the analytics notebook instance with its own role, and no other role',
    statements: [
      passOnly('PassTheNotebookRoleToSageMakerOnly', 'sagemaker.amazonaws.com', 'sagemaker-analytics-notebook'),
      {
        sid: 'ManageOneNotebook',
        actions: ['sagemaker:CreateNotebookInstance', 'sagemaker:DescribeNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'],
        resources: [`${arnIn('sagemaker')}notebook-instance/analytics`],
      },
    ],
  },
  'pass-role-sagemaker-training': {
    name: 'churn-model-trainer',
    description: 'Starts churn model training jobs with the training role, and no other role',
    statements: [
      passOnly('PassTheTrainingRoleToSageMakerOnly', 'sagemaker.amazonaws.com', 'sagemaker-churn-training'),
      { sid: 'TrainChurnModels', actions: ['sagemaker:CreateTrainingJob', 'sagemaker:DescribeTrainingJob'], resources: [`${arnIn('sagemaker')}training-job/churn-*`] },
    ],
  },
  'pass-role-sagemaker-processing': {
    name: 'feature-processing-runner',
    description: 'Starts feature processing jobs with the processing role, and no other role',
    statements: [
      passOnly('PassTheProcessingRoleToSageMakerOnly', 'sagemaker.amazonaws.com', 'sagemaker-feature-processing'),
      {
        sid: 'RunFeatureJobs',
        actions: ['sagemaker:CreateProcessingJob', 'sagemaker:DescribeProcessingJob', 'sagemaker:StopProcessingJob'],
        resources: [`${arnIn('sagemaker')}processing-job/features-*`],
      },
    ],
  },
  'pass-role-ecs': {
    name: 'orders-migration-runner',
    description: 'Runs the orders-migrate task with its own task and execution roles, and no other role',
    statements: [
      passOnly('PassTheTaskRolesToEcsTasksOnly', 'ecs-tasks.amazonaws.com', 'orders-migrate-task', 'orders-migrate-execution'),
      { sid: 'RunOneTaskDefinition', actions: ['ecs:RunTask'], resources: [`${arnIn('ecs')}task-definition/orders-migrate:*`] },
    ],
  },
  'pass-role-autoscaling': {
    name: 'web-fleet-manager',
    description: 'Manages the web-fleet Auto Scaling group, whose instances get the web-server role and no other role',
    statements: [
      passOnly('PassTheWebServerRoleToEc2Only', 'ec2.amazonaws.com', 'web-server'),
      {
        sid: 'ManageOneGroup',
        actions: ['autoscaling:CreateAutoScalingGroup', 'autoscaling:UpdateAutoScalingGroup'],
        resources: [`${arnIn('autoscaling')}autoScalingGroup:*:autoScalingGroupName/web-fleet`],
      },
      { sid: 'ManageLaunchTemplates', actions: ['ec2:CreateLaunchTemplate', 'ec2:CreateLaunchTemplateVersion'], resources: [`${EC2}launch-template/*`] },
    ],
  },
  'pass-role-spot-instances': {
    name: 'batch-spot-requester',
    description: 'Requests Spot Instances that run with the batch-worker role, and no other role',
    statements: [
      passOnly('PassTheWorkerRoleToEc2Only', 'ec2.amazonaws.com', 'batch-worker'),
      {
        sid: 'RequestSpotInstances',
        actions: ['ec2:RequestSpotInstances'],
        resources: [`${EC2}spot-instances-request/*`, `${EC2}subnet/*`, `${EC2}security-group/*`, `arn:aws:ec2:${REGION}::image/*`],
      },
    ],
  },
  'lambda-update-function-code': {
    name: 'orders-code-deployer',
    description: 'Deploys new code to the two orders functions, and to no other function',
    statements: [
      {
        sid: 'UpdateNamedFunctions',
        actions: ['lambda:UpdateFunctionCode', 'lambda:PublishVersion', 'lambda:GetFunction'],
        resources: [`${arnIn('lambda')}function:orders-api`, `${arnIn('lambda')}function:orders-worker`],
      },
    ],
  },
  'lambda-update-function-configuration': {
    name: 'orders-config-deployer',
    description: 'Changes the configuration of the orders-api function, with layers of the orders-deps layer only',
    statements: [
      {
        sid: 'ConfigureOneFunction',
        actions: ['lambda:UpdateFunctionConfiguration', 'lambda:GetFunctionConfiguration'],
        resources: [`${arnIn('lambda')}function:orders-api`],
      },
      { sid: 'UseOwnLayer', actions: ['lambda:GetLayerVersion'], resources: [`${arnIn('lambda')}layer:orders-deps:*`] },
    ],
  },
  'glue-update-dev-endpoint': {
    name: 'sandbox-endpoint-user',
    description: 'Adds SSH keys to the analytics-sandbox development endpoint, and to no other endpoint',
    statements: [
      { sid: 'UpdateOneEndpoint', actions: ['glue:UpdateDevEndpoint', 'glue:GetDevEndpoint'], resources: [`${arnIn('glue')}devEndpoint/analytics-sandbox`] },
    ],
  },
  'cloudformation-update-stack': {
    name: 'orders-stack-updater',
    description: 'Updates the orders-api stack, and no other stack',
    statements: [
      {
        sid: 'UpdateOneStack',
        actions: ['cloudformation:UpdateStack', 'cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet', 'cloudformation:DescribeChangeSet', 'cloudformation:DescribeStacks'],
        resources: [`${arnIn('cloudformation')}stack/orders-api/*`],
      },
    ],
  },
  'sagemaker-presigned-notebook-url': {
    name: 'own-notebook-access',
    description: 'Lets each analyst open the notebook instance named after their user, and no other',
    statements: [
      {
        sid: 'OpenOwnNotebook',
        actions: ['sagemaker:CreatePresignedNotebookInstanceUrl', 'sagemaker:DescribeNotebookInstance', 'sagemaker:StartNotebookInstance', 'sagemaker:StopNotebookInstance'],
        resources: [`${arnIn('sagemaker')}notebook-instance/\${aws:username}`],
      },
    ],
  },
  'ssm-send-command': {
    name: 'bastion-patching',
    description: 'Runs the patch baseline document on the bastion host, and on no other instance',
    statements: [
      {
        sid: 'PatchOneInstance',
        actions: ['ssm:SendCommand'],
        resources: [BASTION, `arn:aws:ssm:${REGION}::document/AWS-RunPatchBaseline`],
      },
      { sid: 'ReadCommandResults', actions: ['ssm:ListCommandInvocations'], resources: ['*'] },
    ],
  },
  'ssm-start-session': {
    name: 'bastion-sessions',
    description: 'Opens Session Manager shells on the bastion host, and on no other instance',
    statements: [
      { sid: 'SessionsOnOneInstance', actions: ['ssm:StartSession'], resources: [BASTION, `${arnIn('ssm')}document/SSM-SessionManagerRunShell`] },
      { sid: 'OwnSessionsOnly', actions: ['ssm:TerminateSession', 'ssm:ResumeSession'], resources: [`${arnIn('ssm')}session/\${aws:userid}-*`] },
    ],
  },
  'ec2-instance-connect': {
    name: 'bastion-ssh',
    description: 'Pushes SSH keys for ec2-user to the bastion host, and to no other instance',
    statements: [
      {
        sid: 'PushKeysToOneInstance',
        actions: ['ec2-instance-connect:SendSSHPublicKey'],
        resources: [BASTION],
        condition: { StringEquals: { 'ec2:osuser': 'ec2-user' } },
      },
      { sid: 'FindInstances', actions: ['ec2:DescribeInstances'], resources: ['*'] },
    ],
  },
  'codestar-create-project-from-template': {
    name: 'codestar-viewer',
    description: 'Reads CodeStar projects; the Deny keeps codestar:CreateProjectFromTemplate (and any other Create) closed even if another policy allows codestar:*',
    statements: [
      { sid: 'ReadProjects', actions: ['codestar:DescribeProject', 'codestar:ListProjects', 'codestar:ListResources'], resources: ['*'] },
      { sid: 'NoNewProjects', deny: true, actions: ['codestar:Create*'], resources: ['*'] },
    ],
  },
  'pass-role-codestar': {
    name: 'codestar-project-creator',
    description: 'Creates CodeStar projects whose toolchain runs with the codestar-orders-toolchain role, and no other role',
    statements: [
      passOnly('PassTheToolchainRoleToCodeStarOnly', 'codestar.amazonaws.com', 'codestar-orders-toolchain'),
      { sid: 'CreateProjects', actions: ['codestar:CreateProject'], resources: ['*'] },
    ],
  },
  'codestar-associate-team-member': {
    name: 'orders-project-team-admin',
    description: 'Manages the team of the existing orders CodeStar project, without codestar:CreateProject, so there is no new project to make itself owner of',
    statements: [
      {
        sid: 'ManageOneTeam',
        actions: ['codestar:AssociateTeamMember', 'codestar:DisassociateTeamMember', 'codestar:UpdateTeamMember', 'codestar:ListTeamMembers'],
        resources: [`${arnIn('codestar')}project/orders`],
      },
    ],
  },
};

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** A YAML scalar of the CloudFormation form: the account and region from the stack, others as written. */
function cfnValue(text: string): string {
  if (text.includes(`:${ACCOUNT}:`) || text.includes(`:${REGION}:`)) {
    const sub = text.replaceAll(`:${REGION}:`, ':${AWS::Region}:').replaceAll(`:${ACCOUNT}:`, ':${AWS::AccountId}:').replaceAll('${aws:', '${!aws:');
    return `!Sub '${sub}'`;
  }
  return /^[\w.-]+$/.test(text) ? text : `'${text}'`;
}

/** Free text as a YAML scalar: plain unless something in it would be read as YAML. */
const yamlText = (text: string) => (/^[\w(]/.test(text) && !/: | #|[:,]$/.test(text) ? text : `'${text.replaceAll("'", "''")}'`);

/** `Key: value`, `Key: [a, b]` or a block list when the line would be long. */
function cfnList(indent: string, key: string, values: string[], wrap = 100): string[] {
  if (values.length === 1) return [`${indent}${key}: ${values[0]}`];
  const flow = `${indent}${key}: [${values.join(', ')}]`;
  if (flow.length <= wrap && !values.some((v) => v.startsWith('!'))) return [flow];
  return [`${indent}${key}:`, ...values.map((v) => `${indent}  - ${v}`)];
}

function cfnExample(f: FixExample): string {
  const lines = [`${pascal(f.name)}Policy:`, '  Type: AWS::IAM::ManagedPolicy', '  Properties:', `    Description: ${yamlText(f.description)}`, '    PolicyDocument:', "      Version: '2012-10-17'", '      Statement:'];
  for (const s of f.statements) {
    lines.push(`        - Sid: ${s.sid}`, `          Effect: ${s.deny ? 'Deny' : 'Allow'}`);
    lines.push(...cfnList('          ', 'Action', s.actions));
    lines.push(...cfnList('          ', 'Resource', s.resources.map(cfnValue)));
    if (s.condition) {
      lines.push('          Condition:');
      for (const [op, entries] of Object.entries(s.condition)) {
        lines.push(`            ${op}:`);
        for (const [k, v] of Object.entries(entries)) lines.push(...cfnList('              ', k, (Array.isArray(v) ? v : [v]).map(cfnValue)));
      }
    }
  }
  return lines.join('\n') + '\n';
}

/** An HCL string; `${` is doubled so that IAM's own variables (`${aws:username}`) reach the policy as written. */
const hcl = (text: string) => JSON.stringify(text).replaceAll('${', () => '$${');
const hclKey = (k: string) => (/^[A-Za-z_][\w-]*$/.test(k) ? k : hcl(k));

/** Attributes as terraform fmt lays them out: `=` aligned over each run of one-line attributes. */
function hclAttributes(indent: string, attrs: [string, string[]][]): string[] {
  const out: string[] = [];
  let run: [string, string][] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map(([k]) => k.length));
    for (const [k, v] of run) out.push(`${indent}${k.padEnd(width)} = ${v}`);
    run = [];
  };
  for (const [k, v] of attrs) {
    if (v.length === 1) run.push([k, v[0]]);
    else {
      flush();
      out.push(`${indent}${k} = ${v[0]}`, ...v.slice(1).map((l) => `${indent}${l}`));
    }
  }
  flush();
  return out;
}

type HclValue = string | HclValue[] | { [key: string]: HclValue };

/** A value of jsonencode: on one line when it fits in `room` characters, else one element or attribute a line. */
function hclValue(v: HclValue, room: number): string[] {
  if (typeof v === 'string') return [hcl(v)];
  const inner = room - 2;
  if (Array.isArray(v)) {
    const items = v.map((x) => hclValue(x, inner));
    const flow = `[${items.map((l) => l.join(' ')).join(', ')}]`;
    if (items.every((l) => l.length === 1) && flow.length <= room) return [flow];
    return ['[', ...items.flatMap((l) => [...l.slice(0, -1).map((x) => `  ${x}`), `  ${l[l.length - 1]},`]), ']'];
  }
  const entries = Object.entries(v).map(([k, x]): [string, string[]] => [hclKey(k), hclValue(x, inner - k.length - 3)]);
  const flow = `{ ${entries.map(([k, l]) => `${k} = ${l.join(' ')}`).join(', ')} }`;
  if (entries.every(([, l]) => l.length === 1) && flow.length <= room) return [flow];
  return ['{', ...hclAttributes('  ', entries), '}'];
}

function terraformExample(f: FixExample): string {
  const lines = [`resource "aws_iam_policy" "${f.name.replaceAll('-', '_')}" {`, ...hclAttributes('  ', [['name', [hcl(f.name)]], ['description', [hcl(f.description)]]]), ''];
  lines.push('  policy = jsonencode({', '    Version = "2012-10-17"', '    Statement = [');
  for (const s of f.statements) {
    const attrs: [string, string[]][] = [
      ['Sid', [hcl(s.sid)]],
      ['Effect', [hcl(s.deny ? 'Deny' : 'Allow')]],
      ['Action', hclValue(s.actions.length === 1 ? s.actions[0] : s.actions, 80)],
      ['Resource', hclValue(s.resources.length === 1 ? s.resources[0] : s.resources, 80)],
    ];
    if (s.condition) attrs.push(['Condition', hclValue(s.condition, 80)]);
    lines.push('      {', ...hclAttributes('        ', attrs), '      },');
  }
  lines.push('    ]', '  })', '}');
  return lines.join('\n') + '\n';
}

/** The examples of a method's page, when the table has one. */
function fixExamples(id: string): Rule['examples'] {
  const f = FIX_EXAMPLES[id];
  return f ? { cloudformation: cfnExample(f), terraform: terraformExample(f) } : undefined;
}

function methodRule(m: EscalationMethod): Rule {
  const meta: RuleMeta = {
    id: `iam/privilege-escalation/${m.id}`,
    title: m.title,
    description: `${m.description} Counted when the principal's statements (all its policies, those of its groups and the AWS managed ones it attaches, less explicit Denies, and within its permissions boundary) allow every action needed on resources they do not name one by one (for a resource the principal makes itself, a new function or instance, one name is enough), or on the principal's own identity and policies where changing them is the escalation.`,
    severity: 'error',
    category: 'iam',
    messages: {
      escalation: '{{subject}} can escalate privileges by {{method}}: {{grants}}',
      conditional: '{{subject}} can escalate privileges by {{method}}, conditionally ({{conditions}}): {{grants}}',
    },
    fix: FIX,
    references: {
      ...(m.references.parliament ? { parliament: m.references.parliament } : {}),
      checkov: ['CKV_AWS_286'],
      // cfn_nag's PassRole rules flag iam:PassRole on "*" whatever else the principal can do.
      ...(m.id.startsWith('pass-role-') ? { cfnNag: ['F38', 'F39', 'F40'] } : {}),
      urls: m.references.urls,
    },
    recommended: true,
    source: 'src/rules/iam/privilege-escalation.ts',
  };
  return {
    meta,
    // Made when the docs ask: 33 rules' snippets are not worth building at every start.
    get examples() {
      return fixExamples(m.id);
    },
    create(ctx) {
      return {
        unit(u) {
          for (const pe of unitEscalations(u, ctx.scenario)) {
            const e = pe.methods.find((x) => x.method === m);
            if (!e) continue;
            const data = { subject: subject(pe.principal), method: m.method, grants: grantsText(e), conditions: conditionsText(e.conditionKeys) };
            report(ctx, pe.principal, e.grants[0].grant.allowed[0].clause, e.conditional ? 'conditional' : 'escalation', data, relatedOf(e));
          }
        },
      };
    },
  };
}

/** The statements behind full access that comes from every method being open, with the actions each gives. */
function contributions(f: FullAccess): { clause: Clause; actions: string[] }[] {
  const byClause = new Map<Clause, Set<string>>();
  for (const m of f.methods) for (const { grant } of m.grants) for (const a of grant.allowed) byClause.set(a.clause, (byClause.get(a.clause) ?? new Set()).add(a.action));
  return [...byClause].map(([clause, actions]) => ({ clause, actions: [...actions] }));
}

function listed(names: string[], max = 4): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

const fullAdmin: Rule = {
  meta: {
    id: 'iam/privilege-escalation/full-admin',
    title: 'No full administrator access',
    description:
      'An Allow of "*" on "*" (or a NotAction that excludes nothing, or the AWS managed AdministratorAccess) makes the principal an administrator of the account: it can read, change or delete anything, and turn off logging. So do statements that leave every privilege escalation method open (a NotAction of one service, a long list of IAM actions): the principal can give itself "*" on "*" at any time. Reported once per principal instead of one finding per method; when a Deny, a boundary or a resource pattern closes some method, the open ones are reported one by one instead.',
    severity: 'error',
    category: 'iam',
    messages: {
      fullAdmin: '{{subject}} can perform every action on every resource (full administrator access), allowed by {{source}}',
      conditional: '{{subject}} can perform every action on every resource (full administrator access), conditionally ({{conditions}}), allowed by {{source}}',
      effective: '{{subject}} can use every privilege escalation method ({{count}}), which amounts to full administrator access, through {{source}}',
      effectiveConditional: '{{subject}} can use every privilege escalation method ({{count}}), which amounts to full administrator access, conditionally ({{conditions}}), through {{source}}',
    },
    fix: 'Give the principal the actions it needs on the resources it works on. Keep administrator access for break-glass roles assumed by people with MFA, outside of templates that deploy workloads.',
    references: { cfnNag: ['W43'], checkov: ['CKV_AWS_62', 'CKV_AWS_274'], urls: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege', 'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/'] },
    recommended: true,
    source: 'src/rules/iam/privilege-escalation.ts',
  },
  examples: {
    cloudformation: `OperatorRole:
  Type: AWS::IAM::Role
  Properties:
    Description: Day-to-day operation of the orders service; administrator access stays with a break-glass role
    AssumeRolePolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal: { AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root' }
          Action: sts:AssumeRole
          Condition:
            Bool: { aws:MultiFactorAuthPresent: 'true' }
    ManagedPolicyArns: ['arn:aws:iam::aws:policy/job-function/ViewOnlyAccess']
    Policies:
      - PolicyName: operate-orders
        PolicyDocument:
          Version: '2012-10-17'
          Statement:
            - Sid: RedeployOrdersService
              Effect: Allow
              Action: [ecs:UpdateService, ecs:DescribeServices]
              Resource: !Sub 'arn:aws:ecs:\${AWS::Region}:\${AWS::AccountId}:service/orders/orders-api'
`,
    terraform: `resource "aws_iam_role" "operator" {
  name        = "operator"
  description = "Day-to-day operation of the orders service; administrator access stays with a break-glass role"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "sts:AssumeRole"
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "view_only" {
  role       = aws_iam_role.operator.name
  policy_arn = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"
}

resource "aws_iam_role_policy" "operate_orders" {
  name = "operate-orders"
  role = aws_iam_role.operator.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "RedeployOrdersService"
      Effect   = "Allow"
      Action   = ["ecs:UpdateService", "ecs:DescribeServices"]
      Resource = "arn:aws:ecs:eu-west-1:123456789012:service/orders/orders-api"
    }]
  })
}
`,
  },
  create(ctx) {
    return {
      unit(u) {
        for (const pe of unitEscalations(u, ctx.scenario)) {
          const f = pe.fullAccess;
          if (!f) continue;
          const conditions = conditionsText(f.conditionKeys);
          const subjectText = subject(pe.principal);
          if (f.clause) {
            const document = f.clause.source.document || 'this policy';
            const source = `${document}${f.clause.statement.sid ? ` (statement ${f.clause.statement.sid})` : ''}`;
            const related = [via(f.clause, 'allows * on *'), ...(f.boundary ? [via(f.boundary, 'the permissions boundary allows * on *')] : [])];
            report(ctx, pe.principal, f.clause, f.conditional ? 'conditional' : 'fullAdmin', { subject: subjectText, source, conditions }, related);
            continue;
          }
          const parts = contributions(f);
          const documents = [...new Set(parts.map((p) => p.clause.source.document || 'this policy'))];
          const related = parts.map((p) => via(p.clause, `allows ${listed(p.actions)}`));
          const data = { subject: subjectText, count: f.methods.length, source: listed(documents, 3), conditions };
          report(ctx, pe.principal, parts[0].clause, f.conditional ? 'effectiveConditional' : 'effective', data, related);
        }
      },
    };
  },
};

/** One rule per escalation method of the table, and one for full administrator access. */
export const PRIVILEGE_ESCALATION_RULES: Rule[] = [...ESCALATION_METHODS.map(methodRule), fullAdmin];
