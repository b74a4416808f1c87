# cloudseclint's model of the registry module terraform-aws-modules/rds/aws, major versions 3 to 6.
#
# This is NOT the module's code: it is our reading of the module's documented inputs and what they create,
# used when `terraform init` has not downloaded the module (an installed copy under .terraform/modules is
# always read instead). Input names and defaults are those of versions 3.x to 6.x; an input whose default we
# are not sure of, or that differs between those versions, has no default here, so that it stays unknown
# unless the call sets it: backup_retention_period, ca_cert_identifier, manage_master_user_password.
#
# Modelled: the DB instance (module.db_instance, as in the module), with the attributes checks read.
# Left out: the subnet, parameter and option groups, the monitoring role, CloudWatch log groups and secrets
# rotation. The instance names the created parameter (or subnet) group as an unknown value when the module
# would create one. A call that sets an input this model does not declare is not modelled at all.

locals {
  create = var.create_db_instance && var.putin_khuylo
}

module "db_instance" {
  source = "./modules/db_instance"

  create = local.create

  identifier                          = var.identifier
  use_identifier_prefix               = var.instance_use_identifier_prefix
  engine                              = var.engine
  engine_version                      = var.engine_version
  instance_class                      = var.instance_class
  allocated_storage                   = var.allocated_storage
  storage_type                        = var.storage_type
  storage_encrypted                   = var.storage_encrypted
  kms_key_id                          = var.kms_key_id
  username                            = var.username
  password                            = var.password
  manage_master_user_password         = var.manage_master_user_password
  port                                = var.port
  iam_database_authentication_enabled = var.iam_database_authentication_enabled
  vpc_security_group_ids              = var.vpc_security_group_ids
  db_subnet_group_name                = var.create_db_subnet_group ? var.cloudseclint_unmodelled : var.db_subnet_group_name
  parameter_group_name                = var.create_db_parameter_group ? var.cloudseclint_unmodelled : var.parameter_group_name
  multi_az                            = var.multi_az
  publicly_accessible                 = var.publicly_accessible
  monitoring_interval                 = var.monitoring_interval
  auto_minor_version_upgrade          = var.auto_minor_version_upgrade
  backup_retention_period             = var.backup_retention_period
  snapshot_identifier                 = var.snapshot_identifier
  replicate_source_db                 = var.replicate_source_db
  restore_to_point_in_time            = var.restore_to_point_in_time
  enabled_cloudwatch_logs_exports     = var.enabled_cloudwatch_logs_exports
  deletion_protection                 = var.deletion_protection
  performance_insights_enabled        = var.performance_insights_enabled
  performance_insights_kms_key_id     = var.performance_insights_enabled ? var.performance_insights_kms_key_id : null
  ca_cert_identifier                  = var.ca_cert_identifier
  tags                                = merge(var.tags, var.db_instance_tags)
}
