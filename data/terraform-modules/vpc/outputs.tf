# Outputs of the module that name what this model creates, so that resources outside the module find it.
output "vpc_id" {
  value = try(aws_vpc.this[0].id, "")
}

output "vpc_arn" {
  value = try(aws_vpc.this[0].arn, "")
}

output "public_subnets" {
  value = aws_subnet.public[*].id
}

output "public_network_acl_id" {
  value = try(aws_network_acl.public[0].id, "")
}

output "default_network_acl_id" {
  value = try(aws_vpc.this[0].default_network_acl_id, "")
}

output "default_security_group_id" {
  value = try(aws_vpc.this[0].default_security_group_id, "")
}
