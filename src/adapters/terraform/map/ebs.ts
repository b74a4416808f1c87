import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { bool, num } from './convert.ts';
import type { MapContext, Mapping } from './types.ts';
import { attr, placeOf, scalar, withEntries } from './values.ts';

/**
 * EBS volumes. `aws_ebs_encryption_by_default` turns encryption on for every new volume of the account and
 * region, whatever the volume says: a volume in a configuration that enables it is encrypted (the one setting a
 * CloudFormation template cannot show, and a Terraform configuration can).
 */
export const EBS: Record<string, Mapping> = {
  aws_ebs_volume: {
    cfn: 'AWS::EC2::Volume',
    spec: {
      availability_zone: 'AvailabilityZone',
      size: { to: 'Size', as: num },
      type: 'VolumeType',
      iops: { to: 'Iops', as: num },
      throughput: { to: 'Throughput', as: num },
      encrypted: { to: 'Encrypted', as: bool },
      kms_key_id: 'KmsKeyId',
      snapshot_id: 'SnapshotId',
      multi_attach_enabled: { to: 'MultiAttachEnabled', as: bool },
      outpost_arn: 'OutpostArn',
    },
    adjust: encryptedByDefault,
  },
};

export function encryptedByDefault(props: ObjectValue, _inst: TfInstance, ctx: MapContext, s: Scenario): Value {
  const own = props.entries.get('Encrypted');
  if (own?.kind === 'scalar' && own.value === true) return props;
  let undecided: Value | undefined;
  for (const setting of ctx.links.ofType('aws_ebs_encryption_by_default')) {
    const enabled = attr(setting.attributes(s), 'enabled');
    // `enabled` defaults to true: the resource exists to turn the setting on.
    const on = enabled === undefined ? scalar(true, placeOf(setting)) : bool(enabled);
    const via = [{ message: `encryption by default (${setting.address})`, path: on.path, ...(on.file !== undefined ? { file: on.file } : {}) }];
    if (on.kind === 'scalar' && on.value === true) return withEntries(props, [['Encrypted', { ...on, via }]]);
    if (on.kind === 'unknown') undecided ??= { ...on, via };
  }
  return undecided ? withEntries(props, [['Encrypted', undecided]]) : props;
}
