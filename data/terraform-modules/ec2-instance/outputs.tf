# Outputs of the module that name the instance, so that resources outside the module find it.
output "id" {
  value = try(aws_instance.this[0].id, "")
}

output "arn" {
  value = try(aws_instance.this[0].arn, "")
}

output "primary_network_interface_id" {
  value = try(aws_instance.this[0].primary_network_interface_id, "")
}
