import { bool, num, status } from './convert.ts';
import { containerJson } from './container-json.ts';
import type { Mapping } from './types.ts';

const roleLink = { types: ['aws_iam_role'], names: ['name'] };

/** ECS clusters, services and task definitions. */
export const ECS: Record<string, Mapping> = {
  aws_ecs_cluster: {
    cfn: 'AWS::ECS::Cluster',
    names: ['name'],
    spec: {
      name: 'ClusterName',
      setting: { to: 'ClusterSettings', list: true, block: { name: 'Name', value: 'Value' } },
      configuration: {
        to: 'Configuration',
        block: {
          execute_command_configuration: {
            to: 'ExecuteCommandConfiguration',
            block: {
              kms_key_id: 'KmsKeyId',
              logging: 'Logging',
              log_configuration: {
                to: 'LogConfiguration',
                block: {
                  cloud_watch_encryption_enabled: { to: 'CloudWatchEncryptionEnabled', as: bool },
                  cloud_watch_log_group_name: 'CloudWatchLogGroupName',
                  s3_bucket_name: 'S3BucketName',
                  s3_bucket_encryption_enabled: { to: 'S3EncryptionEnabled', as: bool },
                  s3_key_prefix: 'S3KeyPrefix',
                },
              },
            },
          },
        },
      },
    },
  },
  aws_ecs_service: {
    cfn: 'AWS::ECS::Service',
    names: ['name'],
    spec: {
      name: 'ServiceName',
      cluster: 'Cluster',
      task_definition: 'TaskDefinition',
      desired_count: { to: 'DesiredCount', as: num },
      launch_type: 'LaunchType',
      platform_version: 'PlatformVersion',
      iam_role: 'Role',
      enable_execute_command: { to: 'EnableExecuteCommand', as: bool },
      network_configuration: {
        to: 'NetworkConfiguration.AwsvpcConfiguration',
        block: { subnets: 'Subnets', security_groups: 'SecurityGroups', assign_public_ip: { to: 'AssignPublicIp', as: status('ENABLED', 'DISABLED') } },
      },
      load_balancer: {
        to: 'LoadBalancers',
        list: true,
        block: { target_group_arn: 'TargetGroupArn', elb_name: 'LoadBalancerName', container_name: 'ContainerName', container_port: { to: 'ContainerPort', as: num } },
      },
    },
    refs: { Role: roleLink },
  },
  aws_ecs_task_definition: {
    cfn: 'AWS::ECS::TaskDefinition',
    spec: {
      family: 'Family',
      container_definitions: { to: 'ContainerDefinitions', as: containerJson },
      network_mode: 'NetworkMode',
      pid_mode: 'PidMode',
      ipc_mode: 'IpcMode',
      task_role_arn: 'TaskRoleArn',
      execution_role_arn: 'ExecutionRoleArn',
      cpu: 'Cpu',
      memory: 'Memory',
      requires_compatibilities: 'RequiresCompatibilities',
      volume: {
        to: 'Volumes',
        list: true,
        block: {
          name: 'Name',
          host_path: 'Host.SourcePath',
          efs_volume_configuration: {
            to: 'EFSVolumeConfiguration',
            block: {
              file_system_id: 'FilesystemId',
              root_directory: 'RootDirectory',
              transit_encryption: 'TransitEncryption',
              transit_encryption_port: { to: 'TransitEncryptionPort', as: num },
              authorization_config: { to: 'AuthorizationConfig', block: { access_point_id: 'AccessPointId', iam: 'IAM' } },
            },
          },
          docker_volume_configuration: {
            to: 'DockerVolumeConfiguration',
            block: { scope: 'Scope', autoprovision: { to: 'Autoprovision', as: bool }, driver: 'Driver', driver_opts: 'DriverOpts', labels: 'Labels' },
          },
        },
      },
    },
    refs: { TaskRoleArn: roleLink, ExecutionRoleArn: roleLink },
  },
};
