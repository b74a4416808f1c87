import type { Rule } from '../../engine/rule.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';
import { field } from '../../model/value.ts';

export const mountTargetPrivateSubnet: Rule = {
  meta: {
    id: 'efs/mount-target-private-subnet',
    title: 'EFS mount targets are in subnets that do not hand out public IP addresses',
    description:
      'A mount target is the network interface through which a file system is reached over NFS. It never gets a public ' +
      'address itself, but a subnet that maps public IPs on launch is one meant for internet-facing instances: file ' +
      'storage there shares its network, route table and network ACL with them, and any instance launched beside it ' +
      'is reachable from the internet. Mount targets belong in the private subnets of the clients that mount them. ' +
      'Reported when the subnet is defined in the same template or configuration with MapPublicIpOnLaunch true; a subnet ' +
      'defined elsewhere is not judged. Informational: the mount target is not exposed by this alone.',
    severity: 'info',
    category: 'network',
    messages: {
      public: 'EFS mount target {{resource}} is in subnet {{subnet}}, which gives the instances launched in it a public IP address',
    },
    fix: 'Create the mount target in a private subnet (MapPublicIpOnLaunch false, no route to an internet gateway) of the same availability zone.',
    references: {
      fsbp: ['EFS.6'],
      wellArchitected: ['SEC05'],
      urls: ['https://docs.aws.amazon.com/efs/latest/ug/accessing-fs.html'],
    },
    recommended: false,
    // A subnet defined elsewhere is not judged: EFS.6 is never passed on this rule's silence.
    confirms: false,
    source: 'src/rules/efs/mount-target-private-subnet.ts',
  },
  examples: {
    cloudformation: `MountTargetA:
  Type: AWS::EFS::MountTarget
  Properties:
    FileSystemId: !Ref SharedFiles
    SubnetId: !Ref PrivateSubnetA
    SecurityGroups: [!Ref NfsFromAppServers]
`,
    terraform: `resource "aws_efs_mount_target" "a" {
  file_system_id  = aws_efs_file_system.shared.id
  subnet_id       = aws_subnet.private_a.id
  security_groups = [aws_security_group.nfs_from_app_servers.id]
}
`,
  },
  create(context) {
    return {
      resourceTypes: new Set(['AWS::EFS::MountTarget']),
      resource(r) {
        const subnetId = field(r.properties(context.scenario), 'SubnetId');
        const subnet = referencedResource(subnetId, context.unit);
        if (subnet?.type !== 'AWS::EC2::Subnet' || subnetId === undefined) return;
        const mapPublic = field(subnet.properties(context.scenario), 'MapPublicIpOnLaunch');
        if (mapPublic?.kind !== 'scalar' || String(mapPublic.value).toLowerCase() !== 'true') return;
        context.report({
          messageId: 'public',
          data: { resource: r.id, subnet: subnet.id },
          path: subnetId.path,
          ...(subnetId.file !== undefined ? { file: subnetId.file } : {}),
          resource: r.id,
          related: [{ message: `MapPublicIpOnLaunch of ${subnet.id}`, path: mapPublic.path, ...((mapPublic.file ?? subnet.file) !== undefined ? { file: mapPublic.file ?? subnet.file } : {}) }],
        });
      },
    };
  },
};
