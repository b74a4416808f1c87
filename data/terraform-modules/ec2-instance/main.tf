# cloudseclint's model of the registry module terraform-aws-modules/ec2-instance/aws, major versions 3 to 5.
#
# This is NOT the module's code: it is our reading of the module's documented inputs and what they create,
# used when `terraform init` has not downloaded the module (an installed copy under .terraform/modules is
# always read instead). Input names and defaults are those of versions 3.x to 5.x; an input whose default we
# are not sure of, or that differs between those versions, has no default here, so that it stays unknown
# unless the call sets it: metadata_options (and its http_tokens when the call leaves it out).
#
# Modelled: the instance (aws_instance.this) with its AMI, type, subnet, security groups, public IP
# association, instance profile, key pair, user data, monitoring, EBS optimisation, metadata options and
# root/EBS block devices. Left out: the spot instance request (create_spot_instance creates no instance here),
# and the IAM role and instance profile the module can create (the instance then names an unknown profile).
# A call that sets an input this model does not declare (launch_template, network_interface…) is not
# modelled at all.

locals {
  create = var.create && var.putin_khuylo && !var.create_spot_instance
}

resource "aws_instance" "this" {
  count = local.create ? 1 : 0

  ami           = var.ami
  instance_type = var.instance_type
  cpu_credits   = var.cpu_credits

  hibernation = var.hibernation

  user_data                   = var.user_data
  user_data_base64            = var.user_data_base64
  user_data_replace_on_change = var.user_data_replace_on_change

  availability_zone      = var.availability_zone
  subnet_id              = var.subnet_id
  vpc_security_group_ids = var.vpc_security_group_ids

  key_name             = var.key_name
  monitoring           = var.monitoring
  get_password_data    = var.get_password_data
  iam_instance_profile = var.create_iam_instance_profile ? var.cloudseclint_unmodelled : var.iam_instance_profile

  associate_public_ip_address = var.associate_public_ip_address
  private_ip                  = var.private_ip
  secondary_private_ips       = var.secondary_private_ips
  ipv6_address_count          = var.ipv6_address_count
  ipv6_addresses              = var.ipv6_addresses

  ebs_optimized = var.ebs_optimized

  dynamic "root_block_device" {
    for_each = var.root_block_device
    content {
      delete_on_termination = try(root_block_device.value.delete_on_termination, null)
      encrypted             = try(root_block_device.value.encrypted, null)
      iops                  = try(root_block_device.value.iops, null)
      kms_key_id            = try(root_block_device.value.kms_key_id, null)
      volume_size           = try(root_block_device.value.volume_size, null)
      volume_type           = try(root_block_device.value.volume_type, null)
      throughput            = try(root_block_device.value.throughput, null)
    }
  }

  dynamic "ebs_block_device" {
    for_each = var.ebs_block_device
    content {
      delete_on_termination = try(ebs_block_device.value.delete_on_termination, null)
      device_name           = ebs_block_device.value.device_name
      encrypted             = try(ebs_block_device.value.encrypted, null)
      iops                  = try(ebs_block_device.value.iops, null)
      kms_key_id            = try(ebs_block_device.value.kms_key_id, null)
      snapshot_id           = try(ebs_block_device.value.snapshot_id, null)
      volume_size           = try(ebs_block_device.value.volume_size, null)
      volume_type           = try(ebs_block_device.value.volume_type, null)
      throughput            = try(ebs_block_device.value.throughput, null)
    }
  }

  # A key the call leaves out: the module writes "enabled" and 1 (EC2's own defaults too); what it writes for
  # http_tokens is not modelled (unknown).
  dynamic "metadata_options" {
    for_each = [var.metadata_options]
    content {
      http_endpoint               = try(metadata_options.value.http_endpoint, "enabled")
      http_tokens                 = try(metadata_options.value.http_tokens, var.cloudseclint_unmodelled)
      http_put_response_hop_limit = try(metadata_options.value.http_put_response_hop_limit, 1)
    }
  }

  source_dest_check                    = var.source_dest_check
  disable_api_termination              = var.disable_api_termination
  instance_initiated_shutdown_behavior = var.instance_initiated_shutdown_behavior
  placement_group                      = var.placement_group
  tenancy                              = var.tenancy
  host_id                              = var.host_id

  tags = merge({ "Name" = var.name }, var.instance_tags, var.tags)
}
