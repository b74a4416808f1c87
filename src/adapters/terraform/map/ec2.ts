import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { bool, num } from './convert.ts';
import { encryptedByDefault } from './ebs.ts';
import type { Spec } from './reshape.ts';
import { reshape } from './reshape.ts';
import { primaryInterface } from './primary-interface.ts';
import type { MapContext, Mapping } from './types.ts';
import { attr, blockItems, list, object, placeOf, withEntries } from './values.ts';

export const ebs: Spec = {
  encrypted: { to: 'Encrypted', as: bool },
  kms_key_id: 'KmsKeyId',
  volume_size: { to: 'VolumeSize', as: num },
  volume_type: 'VolumeType',
  iops: { to: 'Iops', as: num },
  throughput: { to: 'Throughput', as: num },
  delete_on_termination: { to: 'DeleteOnTermination', as: bool },
  snapshot_id: 'SnapshotId',
};

/**
 * `root_block_device` and `ebs_block_device` are both BlockDeviceMappings in CloudFormation: one list, each
 * entry with its Ebs settings.
 */
export function blockDevices(props: ObjectValue, inst: TfInstance, ctx: MapContext, s: Scenario): Value {
  const attrs = inst.attributes(s);
  const mappings: Value[] = [];
  for (const name of ['root_block_device', 'ebs_block_device']) {
    const items = blockItems(attr(attrs, name));
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      mappings.push(items);
      continue;
    }
    for (const item of items) {
      if (item.kind === 'unknown') {
        mappings.push(item);
        continue;
      }
      const device = attr(item, 'device_name');
      const volume = reshape(item, ebs, placeOf(item));
      // The volumes an instance launches with are new EBS volumes: the account's encryption by default covers them.
      const settled = volume.kind === 'object' ? encryptedByDefault(volume, inst, ctx, s) : volume;
      mappings.push(object([...(device ? [['DeviceName', device] as [string, Value]] : []), ['Ebs', settled]], placeOf(item)));
    }
  }
  return mappings.length > 0 ? withEntries(props, [['BlockDeviceMappings', list(mappings, placeOf(inst))]]) : props;
}

/** EC2 instances: their volumes, metadata options and instance profile. */
export const EC2: Record<string, Mapping> = {
  aws_instance: {
    cfn: 'AWS::EC2::Instance',
    spec: {
      ami: 'ImageId',
      instance_type: 'InstanceType',
      iam_instance_profile: 'IamInstanceProfile',
      subnet_id: 'SubnetId',
      associate_public_ip_address: { to: 'NetworkInterfaces', as: primaryInterface },
      launch_template: { to: 'LaunchTemplate', block: { id: 'LaunchTemplateId', name: 'LaunchTemplateName', version: 'Version' } },
      network_interface: { to: 'NetworkInterfaces', list: true, block: { network_interface_id: 'NetworkInterfaceId', device_index: { to: 'DeviceIndex', as: num } } },
      vpc_security_group_ids: 'SecurityGroupIds',
      security_groups: 'SecurityGroups',
      key_name: 'KeyName',
      user_data: 'UserData',
      monitoring: { to: 'Monitoring', as: bool },
      ebs_optimized: { to: 'EbsOptimized', as: bool },
      metadata_options: {
        to: 'MetadataOptions',
        block: { http_tokens: 'HttpTokens', http_endpoint: 'HttpEndpoint', http_put_response_hop_limit: { to: 'HttpPutResponseHopLimit', as: num } },
      },
    },
    refs: { IamInstanceProfile: { types: ['aws_iam_instance_profile'], names: ['name'] }, SubnetId: { types: ['aws_subnet'] } },
    adjust: blockDevices,
  },
};
