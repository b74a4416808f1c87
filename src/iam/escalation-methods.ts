import { GROUP, POLICY, ROLE, USER } from './arn-classes.ts';
import type { Query } from './grants.ts';

/**
 * The known ways an identity can give itself more permissions than its policies grant, as data: each method
 * needs every group of `requires`, and a group is met by any of its alternatives (one need, or several needs
 * together). A need is some actions that must reach one and the same resource of a class: the lambda function
 * created must be the one invoked. Sources: Rhino Security Labs' list of IAM privilege escalation methods (parts
 * 1 and 2, and the CodeStar article), Bishop Fox's iam-vulnerable, and hackingthe.cloud; see each `references`.
 */
export type Need = Query;
export type Alternative = Need | Need[];

export interface EscalationMethod {
  /** Last part of the rule id: `iam/privilege-escalation/<id>`. */
  id: string;
  title: string;
  /** How the escalation works, as a phrase after "can escalate privileges by". */
  method: string;
  description: string;
  requires: Alternative[][];
  references: { urls: string[]; parliament?: string[] };
}

const INSTANCE = 'arn:*:ec2:*:*:instance/*';
const LAUNCH_TEMPLATE = 'arn:*:ec2:*:*:launch-template/*';
const SPOT_REQUEST = 'arn:*:ec2:*:*:spot-instances-request/*';
const FUNCTION = 'arn:*:lambda:*:*:function:*';
const STACK = 'arn:*:cloudformation:*:*:stack/*/*';
const PIPELINE = 'arn:*:datapipeline:*:*:pipeline/*';
const BUILD_PROJECT = 'arn:*:codebuild:*:*:project/*';
const NOTEBOOK = 'arn:*:sagemaker:*:*:notebook-instance/*';
const TRAINING_JOB = 'arn:*:sagemaker:*:*:training-job/*';
const PROCESSING_JOB = 'arn:*:sagemaker:*:*:processing-job/*';
const TASK_DEFINITION = 'arn:*:ecs:*:*:task-definition/*:*';
const AUTO_SCALING_GROUP = 'arn:*:autoscaling:*:*:autoScalingGroup:*:autoScalingGroupName/*';
const LAUNCH_CONFIGURATION = 'arn:*:autoscaling:*:*:launchConfiguration:*:launchConfigurationName/*';
const DEV_ENDPOINT = 'arn:*:glue:*:*:devEndpoint/*';
const GLUE_JOB = 'arn:*:glue:*:*:job/*';
const GLUE_TRIGGER = 'arn:*:glue:*:*:trigger/*';
const CODESTAR_PROJECT = 'arn:*:codestar:*:*:project/*';
/** Actions that support no resource type: only `Resource: "*"` allows them. */
const ANY = '*';

/** Actions that are not in AWS's Service Authorization Reference but that AWS accepts (found by research). */
export const UNDOCUMENTED_ACTIONS = new Set(['codestar:CreateProjectFromTemplate']);

const on = (cls: string, ...actions: string[]): Need => ({ actions, on: cls });
/** The attacker makes this resource and picks its name, so even a grant on one named resource serves. */
const making = (cls: string, ...actions: string[]): Need => ({ actions, on: cls, creates: true });
/** A grant on the principal's own identity or policies counts: changing them is the escalation. */
const ownToo = (n: Need): Need => ({ ...n, own: true });
/** The attacker attaches the broadest policy there is; a condition on iam:PolicyARN that excludes it stops this. */
const attaching = (n: Need): Need => ownToo({ ...n, context: { 'iam:policyarn': 'arn:aws:iam::aws:policy/AdministratorAccess' } });
/** Passing a role to a service: a condition on iam:PassedToService decides whether this service can get it. */
const passRole = (service: string): Need => ({ actions: ['iam:PassRole'], on: ROLE, context: { 'iam:passedtoservice': service } });

const RHINO = 'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/';
const RHINO_2 = 'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation-part-2/';
const RHINO_CODESTAR = 'https://rhinosecuritylabs.com/aws/escalating-aws-iam-privileges-undocumented-codestar-api/';
const BISHOP_FOX = 'https://github.com/BishopFox/iam-vulnerable';
const HACKING_THE_CLOUD = 'https://hackingthe.cloud/aws/exploitation/iam_privilege_escalation/';
const PARLIAMENT = ['PRIVILEGE_ESCALATION'];
/** The methods of the original research, which all three sources and parliament describe. */
const CLASSIC = { urls: [RHINO, BISHOP_FOX, HACKING_THE_CLOUD], parliament: PARLIAMENT };

export const ESCALATION_METHODS: EscalationMethod[] = [
  {
    id: 'create-policy-version',
    title: 'No privilege escalation by creating policy versions',
    method: 'writing a new default version of a customer managed policy',
    description:
      'iam:CreatePolicyVersion with --set-as-default replaces what a customer managed policy grants, at once, for every identity it is attached to: a principal that can do it on a policy attached to itself (or on any policy, by wildcard) can give itself "*" on "*". AWS managed policies (arn:aws:iam::aws:policy/…) cannot be changed by anyone, so a grant on them is no escalation.',
    requires: [[ownToo(on(POLICY, 'iam:CreatePolicyVersion'))]],
    references: CLASSIC,
  },
  {
    id: 'set-default-policy-version',
    title: 'No privilege escalation by switching policy versions',
    method: 'making another version of a customer managed policy the default',
    description:
      'A customer managed policy keeps up to five versions. iam:SetDefaultPolicyVersion makes any of them the one in force, so a principal that can call it on a policy attached to itself can switch to an older, broader version that someone left behind.',
    requires: [[ownToo(on(POLICY, 'iam:SetDefaultPolicyVersion'))]],
    references: CLASSIC,
  },
  {
    id: 'attach-policy',
    title: 'No privilege escalation by attaching managed policies',
    method: 'attaching a managed policy such as AdministratorAccess to a user, group or role',
    description:
      'iam:AttachUserPolicy, iam:AttachGroupPolicy and iam:AttachRolePolicy attach any managed policy, AdministratorAccess included, to the identity named in the request. On the principal itself, on a group it belongs to, or on a role it can use, that is administrator access. A condition on iam:PolicyARN that only admits narrower policies stops it.',
    requires: [[attaching(on(USER, 'iam:AttachUserPolicy')), attaching(on(GROUP, 'iam:AttachGroupPolicy')), attaching(on(ROLE, 'iam:AttachRolePolicy'))]],
    references: CLASSIC,
  },
  {
    id: 'put-inline-policy',
    title: 'No privilege escalation by writing inline policies',
    method: 'writing an inline policy of a user, group or role',
    description: 'iam:PutUserPolicy, iam:PutGroupPolicy and iam:PutRolePolicy write an inline policy with any content, "*" on "*" included, into the identity named in the request.',
    requires: [[ownToo(on(USER, 'iam:PutUserPolicy')), ownToo(on(GROUP, 'iam:PutGroupPolicy')), ownToo(on(ROLE, 'iam:PutRolePolicy'))]],
    references: CLASSIC,
  },
  {
    id: 'add-user-to-group',
    title: 'No privilege escalation by joining groups',
    method: 'adding a user to a more privileged group',
    description: 'iam:AddUserToGroup on groups the policy does not name one by one lets a user join any of them, the administrators\' included, and take its permissions.',
    requires: [[on(GROUP, 'iam:AddUserToGroup')]],
    references: CLASSIC,
  },
  {
    id: 'update-assume-role-policy',
    title: 'No privilege escalation by rewriting trust policies',
    method: "rewriting a role's trust policy and assuming the role",
    description: 'iam:UpdateAssumeRolePolicy lets the principal trust itself in any role it reaches, and sts:AssumeRole on the same role then gives it the role\'s permissions.',
    requires: [[on(ROLE, 'iam:UpdateAssumeRolePolicy', 'sts:AssumeRole')]],
    references: CLASSIC,
  },
  {
    id: 'create-access-key',
    title: 'No privilege escalation by creating access keys for other users',
    method: "creating access keys for other users",
    description: 'iam:CreateAccessKey on users other than oneself (a wildcard rather than ${aws:username}) gives the principal long-term credentials of any of them, administrators included.',
    requires: [[on(USER, 'iam:CreateAccessKey')]],
    references: CLASSIC,
  },
  {
    id: 'create-login-profile',
    title: 'No privilege escalation by creating console passwords for other users',
    method: 'giving other users a console password',
    description: 'iam:CreateLoginProfile sets a console password on a user that has none (typically one used only with access keys), and the principal can then sign in as that user.',
    requires: [[on(USER, 'iam:CreateLoginProfile')]],
    references: CLASSIC,
  },
  {
    id: 'update-login-profile',
    title: "No privilege escalation by changing other users' console passwords",
    method: "changing other users' console passwords",
    description: 'iam:UpdateLoginProfile resets the console password of a user, and the principal can then sign in as that user.',
    requires: [[on(USER, 'iam:UpdateLoginProfile')]],
    references: CLASSIC,
  },
  {
    id: 'pass-role-ec2',
    title: 'No privilege escalation by passing roles to EC2 instances',
    method: 'starting an EC2 instance with a more privileged role',
    description: 'With iam:PassRole on roles it does not name one by one and ec2:RunInstances, the principal starts an instance with any role\'s instance profile and reads the role\'s credentials from the instance metadata, through user data or a login.',
    requires: [[passRole('ec2.amazonaws.com')], [making(INSTANCE, 'ec2:RunInstances')]],
    references: CLASSIC,
  },
  {
    id: 'pass-role-lambda',
    title: 'No privilege escalation by passing roles to Lambda functions',
    method: 'creating a Lambda function with a more privileged role and running it',
    description:
      'With iam:PassRole and lambda:CreateFunction, the principal creates a function that runs its own code with any role; it runs the code by invoking the function, by granting itself (or a service) the right to invoke it, or by mapping an event source (a DynamoDB or Kinesis stream) to it.',
    requires: [
      [passRole('lambda.amazonaws.com')],
      [
        making(FUNCTION, 'lambda:CreateFunction', 'lambda:InvokeFunction'),
        making(FUNCTION, 'lambda:CreateFunction', 'lambda:AddPermission'),
        [making(FUNCTION, 'lambda:CreateFunction'), on(ANY, 'lambda:CreateEventSourceMapping')],
      ],
    ],
    references: CLASSIC,
  },
  {
    id: 'pass-role-glue',
    title: 'No privilege escalation by passing roles to Glue',
    method: 'creating a Glue development endpoint or job with a more privileged role',
    description: 'A Glue development endpoint accepts the principal\'s SSH key and runs with the role passed to it; a Glue job runs the principal\'s script with its role. Either hands over the role\'s credentials.',
    requires: [
      [passRole('glue.amazonaws.com')],
      [on(ANY, 'glue:CreateDevEndpoint'), making(GLUE_JOB, 'glue:CreateJob', 'glue:StartJobRun'), [making(GLUE_JOB, 'glue:CreateJob'), making(GLUE_TRIGGER, 'glue:CreateTrigger')]],
    ],
    references: CLASSIC,
  },
  {
    id: 'pass-role-cloudformation',
    title: 'No privilege escalation by passing roles to CloudFormation',
    method: 'creating a CloudFormation stack with a more privileged service role',
    description: 'A stack created with a service role makes every resource of its template with that role\'s permissions: a template can create an administrator user or a role the principal can assume.',
    requires: [
      [passRole('cloudformation.amazonaws.com')],
      [making(STACK, 'cloudformation:CreateStack'), making(STACK, 'cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet')],
    ],
    references: CLASSIC,
  },
  {
    id: 'pass-role-datapipeline',
    title: 'No privilege escalation by passing roles to Data Pipeline',
    method: 'creating a Data Pipeline that runs commands with a more privileged role',
    description: 'A pipeline definition can run shell commands on resources that Data Pipeline launches with the role passed to it (the pipeline then runs once activated, or on its schedule).',
    requires: [[passRole('datapipeline.amazonaws.com')], [on(ANY, 'datapipeline:CreatePipeline')], [on(PIPELINE, 'datapipeline:PutPipelineDefinition')]],
    references: CLASSIC,
  },
  {
    id: 'pass-role-codebuild',
    title: 'No privilege escalation by passing roles to CodeBuild',
    method: 'creating a CodeBuild project with a more privileged role and starting a build',
    description: 'A build runs the principal\'s buildspec with the project\'s service role, whose credentials the commands can use or print.',
    requires: [
      [passRole('codebuild.amazonaws.com')],
      [making(BUILD_PROJECT, 'codebuild:CreateProject', 'codebuild:StartBuild'), making(BUILD_PROJECT, 'codebuild:CreateProject', 'codebuild:StartBuildBatch')],
    ],
    references: { urls: [BISHOP_FOX, HACKING_THE_CLOUD] },
  },
  {
    id: 'pass-role-sagemaker-notebook',
    title: 'No privilege escalation by passing roles to SageMaker notebooks',
    method: 'creating a SageMaker notebook instance with a more privileged role and opening it',
    description: 'A notebook instance runs with the role passed to it, and a presigned URL opens a Jupyter terminal on it, where the role\'s credentials are one request away.',
    requires: [[passRole('sagemaker.amazonaws.com')], [making(NOTEBOOK, 'sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl')]],
    references: { urls: [RHINO_2, BISHOP_FOX, HACKING_THE_CLOUD] },
  },
  {
    id: 'pass-role-sagemaker-training',
    title: 'No privilege escalation by passing roles to SageMaker training jobs',
    method: 'creating a SageMaker training job with a more privileged role',
    description: 'A training job runs a container image of the principal\'s choice with the role passed to it.',
    requires: [[passRole('sagemaker.amazonaws.com')], [making(TRAINING_JOB, 'sagemaker:CreateTrainingJob')]],
    references: { urls: [BISHOP_FOX, HACKING_THE_CLOUD] },
  },
  {
    id: 'pass-role-sagemaker-processing',
    title: 'No privilege escalation by passing roles to SageMaker processing jobs',
    method: 'creating a SageMaker processing job with a more privileged role',
    description: 'A processing job runs a container image and entry point of the principal\'s choice with the role passed to it.',
    requires: [[passRole('sagemaker.amazonaws.com')], [making(PROCESSING_JOB, 'sagemaker:CreateProcessingJob')]],
    references: { urls: [BISHOP_FOX, HACKING_THE_CLOUD] },
  },
  {
    id: 'pass-role-ecs',
    title: 'No privilege escalation by passing roles to ECS tasks',
    method: 'running an ECS task with a more privileged task role',
    description:
      'RunTask and StartTask accept overrides of the task role and of the container command, so with any task definition (one registered with ecs:RegisterTaskDefinition, or one that exists) the principal runs its own command with the role passed to it.',
    requires: [[passRole('ecs-tasks.amazonaws.com')], [making(TASK_DEFINITION, 'ecs:RunTask'), making(TASK_DEFINITION, 'ecs:StartTask')]],
    references: { urls: [BISHOP_FOX, HACKING_THE_CLOUD] },
  },
  {
    id: 'pass-role-autoscaling',
    title: 'No privilege escalation by passing roles to Auto Scaling',
    method: 'creating an Auto Scaling group whose instances get a more privileged role',
    description: 'A launch configuration or launch template names an instance profile and user data of the principal\'s choice; an Auto Scaling group then starts instances from it, with the role\'s credentials on them.',
    requires: [
      [passRole('ec2.amazonaws.com')],
      [making(AUTO_SCALING_GROUP, 'autoscaling:CreateAutoScalingGroup')],
      [making(LAUNCH_CONFIGURATION, 'autoscaling:CreateLaunchConfiguration'), making(LAUNCH_TEMPLATE, 'ec2:CreateLaunchTemplate')],
    ],
    references: { urls: [BISHOP_FOX, HACKING_THE_CLOUD] },
  },
  {
    id: 'pass-role-spot-instances',
    title: 'No privilege escalation by passing roles to Spot Instances',
    method: 'requesting Spot Instances with a more privileged role',
    description: 'A Spot Instance request names an instance profile and user data like RunInstances does, so its instances hand the role\'s credentials to the principal.',
    requires: [[passRole('ec2.amazonaws.com')], [making(SPOT_REQUEST, 'ec2:RequestSpotInstances')]],
    references: { urls: [HACKING_THE_CLOUD] },
  },
  {
    id: 'lambda-update-function-code',
    title: 'No privilege escalation by replacing Lambda code',
    method: 'replacing the code of Lambda functions that run with other roles',
    description: 'New code in an existing function runs with the function\'s role at its next invocation, and can send the role\'s credentials anywhere.',
    requires: [[on(FUNCTION, 'lambda:UpdateFunctionCode')]],
    references: CLASSIC,
  },
  {
    id: 'lambda-update-function-configuration',
    title: 'No privilege escalation by adding Lambda layers',
    method: 'adding a layer of its own to Lambda functions that run with other roles',
    description: 'A layer can replace a library the function imports, so its code runs with the function\'s role; the configuration can also point the handler or environment elsewhere.',
    requires: [[on(FUNCTION, 'lambda:UpdateFunctionConfiguration')]],
    references: { urls: [RHINO_2, HACKING_THE_CLOUD] },
  },
  {
    id: 'glue-update-dev-endpoint',
    title: 'No privilege escalation by taking over Glue development endpoints',
    method: 'adding its SSH key to Glue development endpoints',
    description: 'With its own public key on an existing development endpoint, the principal logs in and uses the endpoint\'s role.',
    requires: [[on(DEV_ENDPOINT, 'glue:UpdateDevEndpoint')]],
    references: CLASSIC,
  },
  {
    id: 'cloudformation-update-stack',
    title: 'No privilege escalation by updating CloudFormation stacks',
    method: 'updating CloudFormation stacks that run with a service role',
    description: 'An update of a stack that has a service role makes the new template\'s resources with that role\'s permissions, without iam:PassRole.',
    requires: [[on(STACK, 'cloudformation:UpdateStack'), on(STACK, 'cloudformation:CreateChangeSet', 'cloudformation:ExecuteChangeSet')]],
    references: { urls: [RHINO_2, BISHOP_FOX, HACKING_THE_CLOUD] },
  },
  {
    id: 'sagemaker-presigned-notebook-url',
    title: 'No privilege escalation by opening SageMaker notebooks',
    method: 'opening existing SageMaker notebook instances',
    description: 'A presigned URL opens a Jupyter terminal on an existing notebook instance, with the credentials of the instance\'s role.',
    requires: [[on(NOTEBOOK, 'sagemaker:CreatePresignedNotebookInstanceUrl')]],
    references: { urls: [RHINO_2, BISHOP_FOX, HACKING_THE_CLOUD] },
  },
  {
    id: 'ssm-send-command',
    title: 'No privilege escalation by running commands on instances',
    method: 'running commands on EC2 instances through Systems Manager',
    description: 'A Run Command document such as AWS-RunShellScript runs the principal\'s commands as root on instances, which read their instance role\'s credentials.',
    requires: [[on(INSTANCE, 'ssm:SendCommand')]],
    references: { urls: [BISHOP_FOX, HACKING_THE_CLOUD] },
  },
  {
    id: 'ssm-start-session',
    title: 'No privilege escalation by opening sessions on instances',
    method: 'opening Session Manager shells on EC2 instances',
    description: 'A Session Manager shell on an instance reads the instance role\'s credentials.',
    requires: [[on(INSTANCE, 'ssm:StartSession')]],
    references: { urls: [BISHOP_FOX, HACKING_THE_CLOUD] },
  },
  {
    id: 'ec2-instance-connect',
    title: 'No privilege escalation by pushing SSH keys to instances',
    method: 'pushing its SSH key to EC2 instances',
    description: 'EC2 Instance Connect puts the principal\'s key on an instance (or its serial console) for a minute, long enough to log in and read the instance role\'s credentials.',
    requires: [[on(INSTANCE, 'ec2-instance-connect:SendSSHPublicKey'), on(INSTANCE, 'ec2-instance-connect:SendSerialConsoleSSHPublicKey')]],
    references: { urls: [BISHOP_FOX, HACKING_THE_CLOUD] },
  },
  {
    id: 'codestar-create-project-from-template',
    title: 'No privilege escalation through CodeStar project templates',
    method: 'creating a CodeStar project from a template',
    description: 'The undocumented codestar:CreateProjectFromTemplate creates a project with CodeStar\'s own service role, and makes the caller the project\'s owner with an IAM policy that grants more than the caller had.',
    requires: [[on(ANY, 'codestar:CreateProjectFromTemplate')]],
    references: { urls: [RHINO_CODESTAR, HACKING_THE_CLOUD] },
  },
  {
    id: 'pass-role-codestar',
    title: 'No privilege escalation by passing roles to CodeStar',
    method: 'creating a CodeStar project with a more privileged role',
    description: 'A CodeStar project deploys a CloudFormation template of the principal\'s choice with the role passed to it.',
    requires: [[passRole('codestar.amazonaws.com')], [on(ANY, 'codestar:CreateProject')]],
    references: { urls: [RHINO_CODESTAR, HACKING_THE_CLOUD] },
  },
  {
    id: 'codestar-associate-team-member',
    title: 'No privilege escalation through CodeStar team membership',
    method: 'making itself owner of a CodeStar project',
    description: 'The owner of a CodeStar project gets an IAM policy on the project\'s resources, and a principal that can create projects and associate team members can make itself owner.',
    requires: [[on(ANY, 'codestar:CreateProject')], [making(CODESTAR_PROJECT, 'codestar:AssociateTeamMember')]],
    references: { urls: [RHINO_CODESTAR, HACKING_THE_CLOUD] },
  },
];
