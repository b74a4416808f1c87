import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { bool, num } from './convert.ts';
import type { MapContext, Mapping } from './types.ts';
import { placeOf, scalar, withEntries } from './values.ts';

/**
 * The AWS provider sends `publicly_accessible = false` when the configuration leaves it out, where the DMS API
 * (and so CloudFormation) defaults to a public instance: written out, at the block, so the model says what AWS gets.
 */
function privateByDefault(props: ObjectValue, inst: TfInstance, _ctx: MapContext, _s: Scenario): Value {
  if (props.entries.has('PubliclyAccessible')) return props;
  return withEntries(props, [['PubliclyAccessible', scalar(false, placeOf(inst))]]);
}

/** DMS replication instances. */
export const DMS: Record<string, Mapping> = {
  aws_dms_replication_instance: {
    cfn: 'AWS::DMS::ReplicationInstance',
    spec: {
      replication_instance_id: 'ReplicationInstanceIdentifier',
      replication_instance_class: 'ReplicationInstanceClass',
      allocated_storage: { to: 'AllocatedStorage', as: num },
      engine_version: 'EngineVersion',
      kms_key_arn: 'KmsKeyId',
      multi_az: { to: 'MultiAZ', as: bool },
      publicly_accessible: { to: 'PubliclyAccessible', as: bool },
      auto_minor_version_upgrade: { to: 'AutoMinorVersionUpgrade', as: bool },
      replication_subnet_group_id: 'ReplicationSubnetGroupIdentifier',
      vpc_security_group_ids: 'VpcSecurityGroupIds',
    },
    adjust: privateByDefault,
  },
};
