import { bool } from './convert.ts';
import type { Mapping } from './types.ts';

/**
 * Shield Advanced protections, and the resources they can protect that no other mapping covers: Elastic IPs and
 * Global Accelerator accelerators. A protection names its resource by ARN (`resource_arn`), as in CloudFormation.
 */
export const SHIELD: Record<string, Mapping> = {
  aws_shield_protection: {
    cfn: 'AWS::Shield::Protection',
    spec: { name: 'Name', resource_arn: 'ResourceArn', health_check_arns: 'HealthCheckArns' },
  },
  aws_eip: {
    cfn: 'AWS::EC2::EIP',
    spec: {
      domain: 'Domain',
      instance: 'InstanceId',
      address: 'Address',
      public_ipv4_pool: 'PublicIpv4Pool',
      network_border_group: 'NetworkBorderGroup',
    },
  },
  aws_globalaccelerator_accelerator: {
    cfn: 'AWS::GlobalAccelerator::Accelerator',
    spec: { name: 'Name', ip_address_type: 'IpAddressType', enabled: { to: 'Enabled', as: bool } },
  },
};
