import { bool } from './convert.ts';
import type { Mapping } from './types.ts';
import type { Spec } from './reshape.ts';

const logs: Spec = { enabled: { to: 'Enabled', as: bool }, log_level: 'LogLevel' };

/** Managed Workflows for Apache Airflow environments: who reaches the web server, and what is logged. */
export const MWAA: Record<string, Mapping> = {
  aws_mwaa_environment: {
    cfn: 'AWS::MWAA::Environment',
    names: ['name'],
    spec: {
      name: 'Name',
      webserver_access_mode: 'WebserverAccessMode',
      kms_key: 'KmsKey',
      execution_role_arn: 'ExecutionRoleArn',
      logging_configuration: {
        to: 'LoggingConfiguration',
        block: {
          dag_processing_logs: { to: 'DagProcessingLogs', block: logs },
          scheduler_logs: { to: 'SchedulerLogs', block: logs },
          task_logs: { to: 'TaskLogs', block: logs },
          webserver_logs: { to: 'WebserverLogs', block: logs },
          worker_logs: { to: 'WorkerLogs', block: logs },
        },
      },
    },
  },
};
