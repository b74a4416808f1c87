import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';

/** Where each type keeps its logging settings: SAM names the property Logging. */
const SETTING: Record<string, string> = {
  'AWS::StepFunctions::StateMachine': 'LoggingConfiguration',
  'AWS::Serverless::StateMachine': 'Logging',
};
const LOGGING_LEVELS = new Set(['ALL', 'ERROR', 'FATAL']);

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(Object.keys(SETTING));

export const stepFunctionsLogging: Rule = {
  meta: {
    id: 'stepfunctions/logging',
    title: 'Step Functions state machines log their executions to CloudWatch Logs',
    description:
      'A state machine orchestrates calls to other services with its own role; without execution logs there is no record ' +
      'of which executions failed, which states they went through, or, with IncludeExecutionData, what input each step ' +
      'was given: nothing to investigate an execution started by an attacker, or a workflow that misbehaved. Standard ' +
      'workflows keep 90 days of history in the console, Express workflows keep none. Logging is on when ' +
      'LoggingConfiguration.Level (Logging.Level on a SAM state machine) is ALL, ERROR or FATAL; it is OFF by default. ' +
      'IncludeExecutionData records inputs and outputs, which may themselves be sensitive: choose it with the log ' +
      'group\'s encryption and retention in mind.',
    severity: 'warning',
    category: 'logging',
    messages: {
      off: 'State machine {{resource}} does not log its executions ({{setting}}.Level is {{level}})',
    },
    fix:
      'Set LoggingConfiguration with Level ERROR (or ALL) and Destinations naming a CloudWatch Logs group ' +
      '(CloudWatchLogsLogGroup.LogGroupArn); the state machine\'s role needs the logs:CreateLogDelivery family of ' +
      'permissions on "*".',
    references: {
      fsbp: ['StepFunctions.1'],
      wellArchitected: ['SEC04'],
      checkov: ['CKV_AWS_285'],
      urls: ['https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html'],
    },
    recommended: false,
    source: 'src/rules/stepfunctions/logging.ts',
  },
  examples: {
    cloudformation: `Workflow:
  Type: AWS::StepFunctions::StateMachine
  Properties:
    RoleArn: !GetAtt WorkflowRole.Arn
    DefinitionS3Location:
      Bucket: !Ref ArtifactsBucket
      Key: workflow.asl.json
    LoggingConfiguration:
      Level: ERROR
      IncludeExecutionData: false
      Destinations:
        - CloudWatchLogsLogGroup:
            LogGroupArn: !GetAtt WorkflowLogs.Arn
`,
    terraform: `resource "aws_sfn_state_machine" "workflow" {
  name       = "workflow"
  role_arn   = aws_iam_role.workflow.arn
  definition = file("workflow.asl.json")

  logging_configuration {
    level                  = "ERROR"
    include_execution_data = false
    log_destination        = "\${aws_cloudwatch_log_group.workflow.arn}:*"
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        const setting = SETTING[r.type];
        if (!setting) return;
        const props = r.properties(context.scenario);
        if (props?.kind !== 'object') return;
        const logging = field(props, setting);
        if (logging?.kind === 'unknown') return;
        const level = field(logging, 'Level');
        if (level?.kind === 'unknown') return;
        if (level?.kind === 'scalar' && LOGGING_LEVELS.has(String(level.value))) return;
        context.report({
          messageId: 'off',
          data: { resource: r.id, setting, level: level?.kind === 'scalar' ? String(level.value) : 'not set, so OFF' },
          path: level?.path ?? (logging ? [...logging.path, 'Level'] : [...props.path, setting]),
          ...((level ?? logging ?? props).file !== undefined ? { file: (level ?? logging ?? props).file } : {}),
          resource: r.id,
          ...(level?.via ? { related: level.via } : {}),
        });
      },
    };
  },
};
