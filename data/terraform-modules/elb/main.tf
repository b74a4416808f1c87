# cloudseclint's model of the registry module terraform-aws-modules/elb/aws (Classic Load Balancer), major
# versions 2 to 4.
#
# This is NOT the module's code: it is our reading of the module's documented inputs and what they create,
# used when `terraform init` has not downloaded the module (an installed copy under .terraform/modules is
# always read instead). Input names and defaults are those of versions 2.x to 4.x.
#
# Modelled: the load balancer (module.elb.aws_elb.this, as in the module) with its listeners, access logs
# (an `access_logs` map without `enabled` is enabled, as in the module), scheme, subnets, security groups and
# cross-zone setting. Left out: the instance attachments and the health check. A call that sets an input this
# model does not declare is not modelled at all.

module "elb" {
  source = "./modules/elb"

  create_elb = var.create_elb && var.putin_khuylo

  name                        = var.name
  name_prefix                 = var.name_prefix
  subnets                     = var.subnets
  security_groups             = var.security_groups
  internal                    = var.internal
  cross_zone_load_balancing   = var.cross_zone_load_balancing
  idle_timeout                = var.idle_timeout
  connection_draining         = var.connection_draining
  connection_draining_timeout = var.connection_draining_timeout
  listener                    = var.listener
  access_logs                 = var.access_logs
  tags                        = var.tags
}

output "elb_id" {
  value = module.elb.elb_id
}

output "elb_arn" {
  value = module.elb.elb_arn
}

output "elb_name" {
  value = module.elb.elb_name
}
