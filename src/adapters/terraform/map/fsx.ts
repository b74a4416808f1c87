import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import type { Mapping } from './types.ts';
import type { Spec } from './reshape.ts';
import { placeOf, scalar, withEntries } from './values.ts';

/**
 * FSx file systems. Terraform has a resource type per kind of file system; CloudFormation has one type whose
 * FileSystemType says the kind, written out here where the resource block stands.
 */
function fileSystem(kind: string, spec: Spec): Mapping {
  return {
    cfn: 'AWS::FSx::FileSystem',
    spec: { kms_key_id: 'KmsKeyId', storage_capacity: 'StorageCapacity', subnet_ids: 'SubnetIds', security_group_ids: 'SecurityGroupIds', ...spec },
    adjust: (props: ObjectValue, inst: TfInstance): Value => withEntries(props, [['FileSystemType', scalar(kind, placeOf(inst))]]),
  };
}

export const FSX: Record<string, Mapping> = {
  aws_fsx_windows_file_system: fileSystem('WINDOWS', {}),
  aws_fsx_ontap_file_system: fileSystem('ONTAP', {}),
  aws_fsx_openzfs_file_system: fileSystem('OPENZFS', {}),
  aws_fsx_lustre_file_system: fileSystem('LUSTRE', { deployment_type: 'LustreConfiguration.DeploymentType' }),
};
