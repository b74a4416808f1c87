# Part of cloudseclint's model of terraform-aws-modules/rds/aws (see ../../main.tf): its db_instance submodule.

variable "create" {}
variable "identifier" {}
variable "use_identifier_prefix" {}
variable "engine" {}
variable "engine_version" {}
variable "instance_class" {}
variable "allocated_storage" {}
variable "storage_type" {}
variable "storage_encrypted" {}
variable "kms_key_id" {}
variable "username" {}
variable "password" {}
variable "manage_master_user_password" {}
variable "port" {}
variable "iam_database_authentication_enabled" {}
variable "vpc_security_group_ids" {}
variable "db_subnet_group_name" {}
variable "parameter_group_name" {}
variable "multi_az" {}
variable "publicly_accessible" {}
variable "monitoring_interval" {}
variable "auto_minor_version_upgrade" {}
variable "backup_retention_period" {}
variable "snapshot_identifier" {}
variable "replicate_source_db" {}
variable "restore_to_point_in_time" {}
variable "enabled_cloudwatch_logs_exports" {}
variable "deletion_protection" {}
variable "performance_insights_enabled" {}
variable "performance_insights_kms_key_id" {}
variable "ca_cert_identifier" {}
variable "tags" {}

resource "aws_db_instance" "this" {
  count = var.create ? 1 : 0

  identifier        = var.use_identifier_prefix ? null : var.identifier
  identifier_prefix = var.use_identifier_prefix ? "${var.identifier}-" : null

  engine            = var.engine
  engine_version    = var.engine_version
  instance_class    = var.instance_class
  allocated_storage = var.allocated_storage
  storage_type      = var.storage_type
  storage_encrypted = var.storage_encrypted
  kms_key_id        = var.kms_key_id

  username                    = var.replicate_source_db != null ? null : var.username
  password                    = var.password
  manage_master_user_password = var.manage_master_user_password
  port                        = var.port

  iam_database_authentication_enabled = var.iam_database_authentication_enabled

  vpc_security_group_ids = var.vpc_security_group_ids
  db_subnet_group_name   = var.db_subnet_group_name
  parameter_group_name   = var.parameter_group_name

  multi_az            = var.multi_az
  publicly_accessible = var.publicly_accessible

  monitoring_interval        = var.monitoring_interval
  auto_minor_version_upgrade = var.auto_minor_version_upgrade

  snapshot_identifier     = var.snapshot_identifier
  replicate_source_db     = var.replicate_source_db
  backup_retention_period = var.backup_retention_period

  dynamic "restore_to_point_in_time" {
    for_each = var.restore_to_point_in_time != null ? [var.restore_to_point_in_time] : []
    content {
      restore_time                             = lookup(restore_to_point_in_time.value, "restore_time", null)
      source_db_instance_automated_backups_arn = lookup(restore_to_point_in_time.value, "source_db_instance_automated_backups_arn", null)
      source_db_instance_identifier            = lookup(restore_to_point_in_time.value, "source_db_instance_identifier", null)
      source_dbi_resource_id                   = lookup(restore_to_point_in_time.value, "source_dbi_resource_id", null)
      use_latest_restorable_time               = lookup(restore_to_point_in_time.value, "use_latest_restorable_time", null)
    }
  }

  enabled_cloudwatch_logs_exports = var.enabled_cloudwatch_logs_exports
  deletion_protection             = var.deletion_protection

  performance_insights_enabled    = var.performance_insights_enabled
  performance_insights_kms_key_id = var.performance_insights_kms_key_id

  ca_cert_identifier = var.ca_cert_identifier

  tags = var.tags
}

output "db_instance_identifier" {
  value = try(aws_db_instance.this[0].identifier, "")
}

output "db_instance_arn" {
  value = try(aws_db_instance.this[0].arn, "")
}

output "db_instance_id" {
  value = try(aws_db_instance.this[0].id, "")
}

output "db_instance_resource_id" {
  value = try(aws_db_instance.this[0].resource_id, "")
}
