# cloudseclint's model of the registry module terraform-aws-modules/alb/aws, major versions 6 to 8.
#
# This is NOT the module's code: it is our reading of the module's documented inputs and what they create,
# used when `terraform init` has not downloaded the module (an installed copy under .terraform/modules is
# always read instead). Input names and defaults are those of versions 6.x to 8.x (9.0 rewrote the module and
# turned drop_invalid_header_fields and deletion protection on by default: not modelled). What the module
# writes for `access_logs.enabled` when the call leaves it out is not modelled: unknown.
#
# Modelled: the load balancer (aws_lb.this) with its type, scheme, subnets, security groups, header
# handling, deletion protection and access logs. Left out: listeners, listener rules, target groups and their
# attachments (no finding can come from what is not there). A call that sets an input this model does not
# declare is not modelled at all.

locals {
  create_lb = var.create_lb && var.putin_khuylo
}

resource "aws_lb" "this" {
  count = local.create_lb ? 1 : 0

  name        = var.name
  name_prefix = var.name_prefix

  load_balancer_type = var.load_balancer_type
  internal           = var.internal
  security_groups    = var.security_groups
  subnets            = var.subnets

  idle_timeout                     = var.idle_timeout
  enable_cross_zone_load_balancing = var.enable_cross_zone_load_balancing
  enable_deletion_protection       = var.enable_deletion_protection
  enable_http2                     = var.enable_http2
  ip_address_type                  = var.ip_address_type
  drop_invalid_header_fields       = var.drop_invalid_header_fields
  desync_mitigation_mode           = var.desync_mitigation_mode
  enable_waf_fail_open             = var.enable_waf_fail_open

  dynamic "access_logs" {
    for_each = length(keys(var.access_logs)) == 0 ? [] : [var.access_logs]
    content {
      enabled = lookup(access_logs.value, "enabled", var.cloudseclint_unmodelled)
      bucket  = lookup(access_logs.value, "bucket", null)
      prefix  = lookup(access_logs.value, "prefix", null)
    }
  }

  dynamic "subnet_mapping" {
    for_each = var.subnet_mapping
    content {
      subnet_id            = subnet_mapping.value.subnet_id
      allocation_id        = lookup(subnet_mapping.value, "allocation_id", null)
      private_ipv4_address = lookup(subnet_mapping.value, "private_ipv4_address", null)
      ipv6_address         = lookup(subnet_mapping.value, "ipv6_address", null)
    }
  }

  tags = merge(var.tags, var.lb_tags, { Name = var.name != null ? var.name : var.name_prefix })
}

output "lb_id" {
  value = try(aws_lb.this[0].id, "")
}

output "lb_arn" {
  value = try(aws_lb.this[0].arn, "")
}

output "lb_dns_name" {
  value = try(aws_lb.this[0].dns_name, "")
}
