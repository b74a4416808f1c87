import { bool, num } from './convert.ts';
import type { Spec } from './reshape.ts';
import type { Mapping } from './types.ts';

const artifacts: Spec = {
  type: 'Type',
  location: 'Location',
  name: 'Name',
  artifact_identifier: 'ArtifactIdentifier',
  encryption_disabled: { to: 'EncryptionDisabled', as: bool },
  override_artifact_name: { to: 'OverrideArtifactName', as: bool },
  packaging: 'Packaging',
};

/** CodeBuild projects (where their artifacts and logs go, how they are encrypted, the build environment) and report groups. */
export const CODEBUILD: Record<string, Mapping> = {
  aws_codebuild_project: {
    cfn: 'AWS::CodeBuild::Project',
    names: ['name'],
    spec: {
      name: 'Name',
      service_role: 'ServiceRole',
      encryption_key: 'EncryptionKey',
      build_timeout: { to: 'TimeoutInMinutes', as: num },
      artifacts: { to: 'Artifacts', block: artifacts },
      secondary_artifacts: { to: 'SecondaryArtifacts', list: true, block: artifacts },
      environment: {
        to: 'Environment',
        block: {
          compute_type: 'ComputeType',
          image: 'Image',
          type: 'Type',
          image_pull_credentials_type: 'ImagePullCredentialsType',
          privileged_mode: { to: 'PrivilegedMode', as: bool },
          certificate: 'Certificate',
          environment_variable: { to: 'EnvironmentVariables', list: true, block: { name: 'Name', value: 'Value', type: 'Type' } },
        },
      },
      logs_config: {
        to: 'LogsConfig',
        block: {
          cloudwatch_logs: { to: 'CloudWatchLogs', block: { status: 'Status', group_name: 'GroupName', stream_name: 'StreamName' } },
          s3_logs: { to: 'S3Logs', block: { status: 'Status', location: 'Location', encryption_disabled: { to: 'EncryptionDisabled', as: bool } } },
        },
      },
      source: { to: 'Source', block: { type: 'Type', location: 'Location', buildspec: 'BuildSpec' } },
    },
  },
  aws_codebuild_report_group: {
    cfn: 'AWS::CodeBuild::ReportGroup',
    names: ['name'],
    spec: {
      name: 'Name',
      type: 'Type',
      export_config: {
        to: 'ExportConfig',
        block: {
          type: 'ExportConfigType',
          s3_destination: {
            to: 'S3Destination',
            block: {
              bucket: 'Bucket',
              path: 'Path',
              packaging: 'Packaging',
              encryption_key: 'EncryptionKey',
              encryption_disabled: { to: 'EncryptionDisabled', as: bool },
            },
          },
        },
      },
    },
  },
};
