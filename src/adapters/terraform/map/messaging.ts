import { bool, num } from './convert.ts';
import type { Mapping } from './types.ts';

const enabled = { enabled: { to: 'Enabled', as: bool } };

/** Amazon MQ brokers and MSK (Kafka) provisioned clusters. */
export const MESSAGING: Record<string, Mapping> = {
  aws_mq_broker: {
    cfn: 'AWS::AmazonMQ::Broker',
    names: ['broker_name'],
    spec: {
      broker_name: 'BrokerName',
      engine_type: 'EngineType',
      engine_version: 'EngineVersion',
      host_instance_type: 'HostInstanceType',
      deployment_mode: 'DeploymentMode',
      publicly_accessible: { to: 'PubliclyAccessible', as: bool },
      auto_minor_version_upgrade: { to: 'AutoMinorVersionUpgrade', as: bool },
      authentication_strategy: 'AuthenticationStrategy',
      security_groups: 'SecurityGroups',
      subnet_ids: 'SubnetIds',
      storage_type: 'StorageType',
      encryption_options: { to: 'EncryptionOptions', block: { kms_key_id: 'KmsKeyId', use_aws_owned_key: { to: 'UseAwsOwnedKey', as: bool } } },
      logs: { to: 'Logs', block: { general: { to: 'General', as: bool }, audit: { to: 'Audit', as: bool } } },
      user: {
        to: 'Users',
        list: true,
        block: { username: 'Username', password: 'Password', console_access: { to: 'ConsoleAccess', as: bool }, groups: 'Groups' },
      },
    },
  },
  aws_msk_cluster: {
    cfn: 'AWS::MSK::Cluster',
    names: ['cluster_name'],
    spec: {
      cluster_name: 'ClusterName',
      kafka_version: 'KafkaVersion',
      number_of_broker_nodes: { to: 'NumberOfBrokerNodes', as: num },
      enhanced_monitoring: 'EnhancedMonitoring',
      broker_node_group_info: {
        to: 'BrokerNodeGroupInfo',
        block: {
          instance_type: 'InstanceType',
          client_subnets: 'ClientSubnets',
          security_groups: 'SecurityGroups',
          connectivity_info: {
            to: 'ConnectivityInfo',
            block: { public_access: { to: 'PublicAccess', block: { type: 'Type' } } },
          },
        },
      },
      encryption_info: {
        to: 'EncryptionInfo',
        block: {
          encryption_at_rest_kms_key_arn: 'EncryptionAtRest.DataVolumeKMSKeyId',
          encryption_in_transit: { to: 'EncryptionInTransit', block: { client_broker: 'ClientBroker', in_cluster: { to: 'InCluster', as: bool } } },
        },
      },
      client_authentication: {
        to: 'ClientAuthentication',
        block: {
          unauthenticated: { to: 'Unauthenticated.Enabled', as: bool },
          sasl: { to: 'Sasl', block: { iam: { to: 'Iam.Enabled', as: bool }, scram: { to: 'Scram.Enabled', as: bool } } },
          tls: { to: 'Tls', block: { certificate_authority_arns: 'CertificateAuthorityArnList' } },
        },
      },
      logging_info: {
        to: 'LoggingInfo',
        block: {
          broker_logs: {
            to: 'BrokerLogs',
            block: {
              cloudwatch_logs: { to: 'CloudWatchLogs', block: { ...enabled, log_group: 'LogGroup' } },
              firehose: { to: 'Firehose', block: { ...enabled, delivery_stream: 'DeliveryStream' } },
              s3: { to: 'S3', block: { ...enabled, bucket: 'Bucket', prefix: 'Prefix' } },
            },
          },
        },
      },
    },
  },
};
