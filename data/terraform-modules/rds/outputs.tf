# Outputs of the module that name the instance, so that resources outside the module find it.
output "db_instance_identifier" {
  value = try(module.db_instance.db_instance_identifier, "")
}

output "db_instance_arn" {
  value = try(module.db_instance.db_instance_arn, "")
}

output "db_instance_id" {
  value = try(module.db_instance.db_instance_id, "")
}

output "db_instance_resource_id" {
  value = try(module.db_instance.db_instance_resource_id, "")
}
