import { bool } from './convert.ts';
import type { Mapping } from './types.ts';

/** EFS file systems, with their separately managed file system policy and backup policy merged in. */
export const EFS: Record<string, Mapping> = {
  aws_efs_file_system: {
    cfn: 'AWS::EFS::FileSystem',
    spec: {
      encrypted: { to: 'Encrypted', as: bool },
      kms_key_id: 'KmsKeyId',
      performance_mode: 'PerformanceMode',
      throughput_mode: 'ThroughputMode',
    },
    merges: [
      {
        from: 'aws_efs_file_system_policy',
        via: 'file_system_id',
        spec: { policy: 'FileSystemPolicy', bypass_policy_lockout_safety_check: { to: 'BypassPolicyLockoutSafetyCheck', as: bool } },
        document: { attr: 'policy', kind: 'resource' },
      },
      { from: 'aws_efs_backup_policy', via: 'file_system_id', spec: { backup_policy: { block: { status: 'BackupPolicy.Status' } } } },
    ],
  },
  aws_efs_mount_target: {
    cfn: 'AWS::EFS::MountTarget',
    spec: { file_system_id: 'FileSystemId', subnet_id: 'SubnetId', ip_address: 'IpAddress', security_groups: 'SecurityGroups' },
    refs: { SubnetId: { types: ['aws_subnet'] } },
  },
  aws_efs_access_point: {
    cfn: 'AWS::EFS::AccessPoint',
    spec: {
      file_system_id: 'FileSystemId',
      posix_user: { to: 'PosixUser', block: { uid: 'Uid', gid: 'Gid', secondary_gids: 'SecondaryGids' } },
      root_directory: { to: 'RootDirectory', block: { path: 'Path' } },
    },
  },
};
