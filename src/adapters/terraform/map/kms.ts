import { bool, num } from './convert.ts';
import type { Mapping } from './types.ts';

/** KMS keys, with a separately managed key policy merged into KeyPolicy. */
export const KMS: Record<string, Mapping> = {
  aws_kms_key: {
    cfn: 'AWS::KMS::Key',
    spec: {
      description: 'Description',
      key_usage: 'KeyUsage',
      customer_master_key_spec: 'KeySpec',
      policy: 'KeyPolicy',
      enable_key_rotation: { to: 'EnableKeyRotation', as: bool },
      rotation_period_in_days: { to: 'RotationPeriodInDays', as: num },
      is_enabled: { to: 'Enabled', as: bool },
      deletion_window_in_days: { to: 'PendingWindowInDays', as: num },
      multi_region: { to: 'MultiRegion', as: bool },
      bypass_policy_lockout_safety_check: { to: 'BypassPolicyLockoutSafetyCheck', as: bool },
    },
    merges: [
      {
        from: 'aws_kms_key_policy',
        via: 'key_id',
        spec: { policy: 'KeyPolicy', bypass_policy_lockout_safety_check: { to: 'BypassPolicyLockoutSafetyCheck', as: bool } },
        document: { attr: 'policy', kind: 'resource' },
      },
    ],
  },
  aws_kms_alias: {
    cfn: 'AWS::KMS::Alias',
    spec: { name: 'AliasName', target_key_id: 'TargetKeyId' },
    refs: { TargetKeyId: { types: ['aws_kms_key'] } },
  },
};
