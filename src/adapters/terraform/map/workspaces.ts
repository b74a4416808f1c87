import { bool } from './convert.ts';
import type { Mapping } from './types.ts';

/** WorkSpaces virtual desktops and the encryption of their volumes. */
export const WORKSPACES: Record<string, Mapping> = {
  aws_workspaces_workspace: {
    cfn: 'AWS::WorkSpaces::Workspace',
    spec: {
      directory_id: 'DirectoryId',
      bundle_id: 'BundleId',
      user_name: 'UserName',
      root_volume_encryption_enabled: { to: 'RootVolumeEncryptionEnabled', as: bool },
      user_volume_encryption_enabled: { to: 'UserVolumeEncryptionEnabled', as: bool },
      volume_encryption_key: 'VolumeEncryptionKey',
    },
  },
};
