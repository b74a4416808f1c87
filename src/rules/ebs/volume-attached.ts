import type { Rule } from '../../engine/rule.ts';

export const volumeAttached: Rule = {
  meta: {
    id: 'ebs/volume-attached',
    title: 'EBS volumes created with a template are attached to an instance',
    description:
      'A volume that nothing attaches is billed for every gigabyte, holds whatever was restored into it from a ' +
      'snapshot, and is easily forgotten: no instance\'s patching, backups or access controls cover it, and whoever may ' +
      'attach volumes or snapshot them can read it. Reported: volumes that no other resource of the template or ' +
      'configuration refers to, so no VolumeAttachment (aws_volume_attachment), no instance\'s Volumes and no user ' +
      'data that attaches them at boot. A volume attached from another stack is reported too, and can be suppressed.',
    severity: 'info',
    category: 'configuration',
    messages: {
      unattached: 'EBS volume {{resource}} is attached to no instance: nothing in the template refers to it',
    },
    fix:
      'Attach the volume with an AWS::EC2::VolumeAttachment (aws_volume_attachment in Terraform) or an instance\'s ' +
      'Volumes, or remove it (after a snapshot if its data is needed).',
    references: {
      kics: ['EBS Volume Not Attached To Instances'],
      urls: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-attaching-volume.html'],
    },
    recommended: false,
    source: 'src/rules/ebs/volume-attached.ts',
  },
  examples: {
    cloudformation: `DataVolume:
  Type: AWS::EC2::Volume
  Properties:
    AvailabilityZone: !GetAtt AppServer.AvailabilityZone
    Size: 100
    VolumeType: gp3
    Encrypted: true
DataVolumeAttachment:
  Type: AWS::EC2::VolumeAttachment
  Properties:
    InstanceId: !Ref AppServer
    VolumeId: !Ref DataVolume
    Device: /dev/sdf
`,
    terraform: `resource "aws_ebs_volume" "data" {
  availability_zone = aws_instance.app.availability_zone
  size              = 100
  type              = "gp3"
  encrypted         = true
}

resource "aws_volume_attachment" "data" {
  instance_id = aws_instance.app.id
  volume_id   = aws_ebs_volume.data.id
  device_name = "/dev/sdf"
}
`,
  },
  create(context) {
    const referenced = new Set<string>();
    for (const r of context.unit.resources) for (const id of r.references) if (id !== r.id) referenced.add(id);
    return {
      resourceTypes: new Set(['AWS::EC2::Volume']),
      resource(r) {
        if (referenced.has(r.id)) return;
        context.report({ messageId: 'unattached', data: { resource: r.id }, path: r.path, key: true, resource: r.id });
      },
    };
  },
};
