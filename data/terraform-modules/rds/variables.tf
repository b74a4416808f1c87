# Inputs of terraform-aws-modules/rds/aws 3.x to 6.x that this model reads or knows to be harmless to leave out
# (see main.tf). Defaults are the module's documented ones; where a default matters to no check and changed
# between versions (create_random_password, create_db_option_group…) the value here is not read.

variable "create_db_instance" {
  default = true
}

variable "putin_khuylo" {
  default = true
}

variable "identifier" {
  default = null
}

variable "instance_use_identifier_prefix" {
  default = false
}

variable "custom_iam_instance_profile" {
  default = null
}

variable "allocated_storage" {
  default = null
}

variable "storage_type" {
  default = null
}

variable "storage_throughput" {
  default = null
}

variable "storage_encrypted" {
  default = true
}

variable "kms_key_id" {
  default = null
}

variable "replicate_source_db" {
  default = null
}

variable "license_model" {
  default = null
}

variable "replica_mode" {
  default = null
}

variable "iam_database_authentication_enabled" {
  default = false
}

variable "domain" {
  default = null
}

variable "domain_iam_role_name" {
  default = null
}

variable "engine" {
  default = null
}

variable "engine_version" {
  default = null
}

variable "skip_final_snapshot" {
  default = false
}

variable "snapshot_identifier" {
  default = null
}

variable "copy_tags_to_snapshot" {
  default = false
}

variable "final_snapshot_identifier_prefix" {
  default = "final"
}

variable "instance_class" {
  default = null
}

variable "name" {
  default = null
}

variable "db_name" {
  default = null
}

variable "username" {
  default = null
}

variable "password" {
  default = null
}

variable "create_random_password" {
  default = true
}

variable "random_password_length" {
  default = 16
}

variable "port" {
  default = null
}

variable "vpc_security_group_ids" {
  default = []
}

variable "availability_zone" {
  default = null
}

variable "multi_az" {
  default = false
}

variable "iops" {
  default = null
}

variable "publicly_accessible" {
  default = false
}

variable "monitoring_interval" {
  default = 0
}

variable "monitoring_role_arn" {
  default = null
}

variable "monitoring_role_name" {
  default = "rds-monitoring-role"
}

variable "monitoring_role_use_name_prefix" {
  default = false
}

variable "monitoring_role_description" {
  default = null
}

variable "monitoring_role_permissions_boundary" {
  default = null
}

variable "create_monitoring_role" {
  default = false
}

variable "allow_major_version_upgrade" {
  default = false
}

variable "auto_minor_version_upgrade" {
  default = true
}

variable "apply_immediately" {
  default = false
}

variable "maintenance_window" {
  default = null
}

variable "blue_green_update" {
  default = {}
}

variable "backup_window" {
  default = null
}

variable "restore_to_point_in_time" {
  default = null
}

variable "s3_import" {
  default = null
}

variable "tags" {
  default = {}
}

variable "db_instance_tags" {
  default = {}
}

variable "db_option_group_tags" {
  default = {}
}

variable "db_parameter_group_tags" {
  default = {}
}

variable "db_subnet_group_tags" {
  default = {}
}

variable "create_db_subnet_group" {
  default = false
}

variable "db_subnet_group_name" {
  default = null
}

variable "db_subnet_group_use_name_prefix" {
  default = true
}

variable "db_subnet_group_description" {
  default = null
}

variable "subnet_ids" {
  default = []
}

variable "create_db_parameter_group" {
  default = true
}

variable "parameter_group_name" {
  default = null
}

variable "parameter_group_use_name_prefix" {
  default = true
}

variable "parameter_group_description" {
  default = null
}

variable "family" {
  default = null
}

variable "parameters" {
  default = []
}

variable "create_db_option_group" {
  default = true
}

variable "option_group_name" {
  default = null
}

variable "option_group_use_name_prefix" {
  default = true
}

variable "option_group_description" {
  default = null
}

variable "major_engine_version" {
  default = null
}

variable "options" {
  default = []
}

variable "timezone" {
  default = null
}

variable "character_set_name" {
  default = null
}

variable "nchar_character_set_name" {
  default = null
}

variable "enabled_cloudwatch_logs_exports" {
  default = []
}

variable "timeouts" {
  default = {}
}

variable "option_group_timeouts" {
  default = {}
}

variable "deletion_protection" {
  default = false
}

variable "performance_insights_enabled" {
  default = false
}

variable "performance_insights_retention_period" {
  default = 7
}

variable "performance_insights_kms_key_id" {
  default = null
}

variable "max_allocated_storage" {
  default = 0
}

variable "delete_automated_backups" {
  default = true
}

variable "network_type" {
  default = null
}

variable "master_user_secret_kms_key_id" {
  default = null
}

variable "create_cloudwatch_log_group" {
  default = false
}

variable "cloudwatch_log_group_retention_in_days" {
  default = 7
}

variable "cloudwatch_log_group_kms_key_id" {
  default = null
}

variable "cloudwatch_log_group_skip_destroy" {
  default = null
}

variable "cloudwatch_log_group_class" {
  default = null
}

variable "db_instance_role_associations" {
  default = {}
}

variable "manage_master_user_password_rotation" {
  default = false
}

variable "master_user_password_rotate_immediately" {
  default = null
}

variable "master_user_password_rotation_automatically_after_days" {
  default = null
}

variable "master_user_password_rotation_duration" {
  default = null
}

variable "master_user_password_rotation_schedule_expression" {
  default = null
}

variable "dedicated_log_volume" {
  default = false
}

variable "upgrade_storage_config" {
  default = null
}

variable "parameter_group_skip_destroy" {
  default = null
}

variable "option_group_skip_destroy" {
  default = null
}

variable "option_group_use_existing" {
  default = null
}

variable "db_subnet_group_use_existing" {
  default = null
}

variable "engine_lifecycle_support" {
  default = null
}

variable "database_insights_mode" {
  default = null
}

# Defaults not modelled (changed between versions, or not sure): unknown unless the call sets them.
variable "backup_retention_period" {}

variable "ca_cert_identifier" {}

variable "manage_master_user_password" {}

# Not an input of the module: never set, it stands for a value this model does not compute (unknown).
variable "cloudseclint_unmodelled" {}
