import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { bool, num } from './convert.ts';
import { encryptedByDefault } from './ebs.ts';
import { blockDevices, ebs } from './ec2.ts';
import type { Spec } from './reshape.ts';
import type { MapContext, Mapping } from './types.ts';
import { withEntries } from './values.ts';

/** The volumes of a launch template are new EBS volumes: the account's encryption by default covers them. */
function templateVolumes(props: ObjectValue, inst: TfInstance, ctx: MapContext, s: Scenario): Value {
  const data = props.entries.get('LaunchTemplateData');
  const mappings = data?.kind === 'object' ? data.entries.get('BlockDeviceMappings') : undefined;
  if (data?.kind !== 'object' || mappings?.kind !== 'list') return props;
  const settled = mappings.items.map((m) => {
    const volume = m.kind === 'object' ? m.entries.get('Ebs') : undefined;
    return volume?.kind === 'object' ? withEntries(m as ObjectValue, [['Ebs', encryptedByDefault(volume, inst, ctx, s)]]) : m;
  });
  return withEntries(props, [['LaunchTemplateData', withEntries(data, [['BlockDeviceMappings', { ...mappings, items: settled }]])]]);
}

const metadataOptions: Spec = {
  http_tokens: 'HttpTokens',
  http_endpoint: 'HttpEndpoint',
  http_put_response_hop_limit: { to: 'HttpPutResponseHopLimit', as: num },
  instance_metadata_tags: 'InstanceMetadataTags',
};

/** Launch templates and launch configurations: what every instance launched from them gets. */
export const LAUNCH_TEMPLATES: Record<string, Mapping> = {
  aws_launch_template: {
    cfn: 'AWS::EC2::LaunchTemplate',
    names: ['name'],
    spec: {
      name: 'LaunchTemplateName',
      image_id: 'LaunchTemplateData.ImageId',
      instance_type: 'LaunchTemplateData.InstanceType',
      key_name: 'LaunchTemplateData.KeyName',
      user_data: 'LaunchTemplateData.UserData',
      ebs_optimized: { to: 'LaunchTemplateData.EbsOptimized', as: bool },
      vpc_security_group_ids: 'LaunchTemplateData.SecurityGroupIds',
      security_group_names: 'LaunchTemplateData.SecurityGroups',
      iam_instance_profile: { to: 'LaunchTemplateData.IamInstanceProfile', block: { arn: 'Arn', name: 'Name' } },
      metadata_options: { to: 'LaunchTemplateData.MetadataOptions', block: metadataOptions },
      monitoring: { block: { enabled: { to: 'LaunchTemplateData.Monitoring.Enabled', as: bool } } },
      network_interfaces: {
        to: 'LaunchTemplateData.NetworkInterfaces',
        list: true,
        block: {
          associate_public_ip_address: { to: 'AssociatePublicIpAddress', as: bool },
          device_index: { to: 'DeviceIndex', as: num },
          subnet_id: 'SubnetId',
          security_groups: 'Groups',
          network_interface_id: 'NetworkInterfaceId',
          delete_on_termination: { to: 'DeleteOnTermination', as: bool },
        },
      },
      block_device_mappings: {
        to: 'LaunchTemplateData.BlockDeviceMappings',
        list: true,
        block: { device_name: 'DeviceName', no_device: 'NoDevice', virtual_name: 'VirtualName', ebs: { to: 'Ebs', block: ebs } },
      },
    },
    adjust: templateVolumes,
  },
  aws_launch_configuration: {
    cfn: 'AWS::AutoScaling::LaunchConfiguration',
    names: ['name'],
    spec: {
      name: 'LaunchConfigurationName',
      image_id: 'ImageId',
      instance_type: 'InstanceType',
      key_name: 'KeyName',
      user_data: 'UserData',
      user_data_base64: 'UserData',
      iam_instance_profile: 'IamInstanceProfile',
      security_groups: 'SecurityGroups',
      associate_public_ip_address: { to: 'AssociatePublicIpAddress', as: bool },
      enable_monitoring: { to: 'InstanceMonitoring', as: bool },
      ebs_optimized: { to: 'EbsOptimized', as: bool },
      spot_price: 'SpotPrice',
      placement_tenancy: 'PlacementTenancy',
      metadata_options: { to: 'MetadataOptions', block: metadataOptions },
    },
    adjust: blockDevices,
  },
};
