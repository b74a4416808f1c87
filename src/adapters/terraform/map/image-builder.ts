import type { Mapping } from './types.ts';

/** EC2 Image Builder distributions: where the AMIs a pipeline builds are copied, and who may launch them. */
export const IMAGE_BUILDER: Record<string, Mapping> = {
  aws_imagebuilder_distribution_configuration: {
    cfn: 'AWS::ImageBuilder::DistributionConfiguration',
    names: ['name'],
    spec: {
      name: 'Name',
      description: 'Description',
      distribution: {
        to: 'Distributions',
        list: true,
        block: {
          region: 'Region',
          ami_distribution_configuration: {
            to: 'AmiDistributionConfiguration',
            block: {
              name: 'Name',
              kms_key_id: 'KmsKeyId',
              target_account_ids: 'TargetAccountIds',
              launch_permission: {
                to: 'LaunchPermissionConfiguration',
                block: { user_groups: 'UserGroups', user_ids: 'UserIds', organization_arns: 'OrganizationArns', organizational_unit_arns: 'OrganizationalUnitArns' },
              },
            },
          },
        },
      },
    },
  },
};
