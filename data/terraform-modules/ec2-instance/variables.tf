# Inputs of terraform-aws-modules/ec2-instance/aws 3.x to 5.x that this model reads or knows to be harmless to
# leave out (see main.tf). Defaults are the module's documented ones.

variable "create" {
  default = true
}

variable "putin_khuylo" {
  default = true
}

variable "name" {
  default = ""
}

variable "ami" {
  default = null
}

variable "ami_ssm_parameter" {
  default = "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2"
}

variable "associate_public_ip_address" {
  default = null
}

variable "availability_zone" {
  default = null
}

variable "capacity_reservation_specification" {
  default = null
}

variable "cpu_credits" {
  default = null
}

variable "cpu_core_count" {
  default = null
}

variable "cpu_threads_per_core" {
  default = null
}

variable "cpu_options" {
  default = {}
}

variable "disable_api_termination" {
  default = null
}

variable "disable_api_stop" {
  default = null
}

variable "ebs_block_device" {
  default = []
}

variable "ebs_optimized" {
  default = null
}

variable "enclave_options_enabled" {
  default = null
}

variable "ephemeral_block_device" {
  default = []
}

variable "get_password_data" {
  default = null
}

variable "hibernation" {
  default = null
}

variable "host_id" {
  default = null
}

variable "iam_instance_profile" {
  default = null
}

variable "instance_initiated_shutdown_behavior" {
  default = null
}

variable "instance_type" {
  default = "t3.micro"
}

variable "instance_tags" {
  default = {}
}

variable "ipv6_address_count" {
  default = null
}

variable "ipv6_addresses" {
  default = null
}

variable "key_name" {
  default = null
}

variable "monitoring" {
  default = false
}

variable "placement_group" {
  default = null
}

variable "private_ip" {
  default = null
}

variable "root_block_device" {
  default = []
}

variable "secondary_private_ips" {
  default = null
}

variable "source_dest_check" {
  default = null
}

variable "subnet_id" {
  default = null
}

variable "tags" {
  default = {}
}

variable "tenancy" {
  default = null
}

variable "user_data" {
  default = null
}

variable "user_data_base64" {
  default = null
}

variable "user_data_replace_on_change" {
  default = false
}

variable "volume_tags" {
  default = {}
}

variable "enable_volume_tags" {
  default = true
}

variable "vpc_security_group_ids" {
  default = null
}

variable "timeouts" {
  default = {}
}

variable "create_spot_instance" {
  default = false
}

variable "spot_price" {
  default = null
}

variable "spot_wait_for_fulfillment" {
  default = null
}

variable "spot_type" {
  default = null
}

variable "spot_launch_group" {
  default = null
}

variable "spot_block_duration_minutes" {
  default = null
}

variable "spot_instance_interruption_behavior" {
  default = null
}

variable "spot_valid_until" {
  default = null
}

variable "spot_valid_from" {
  default = null
}

variable "create_iam_instance_profile" {
  default = false
}

variable "iam_role_name" {
  default = null
}

variable "iam_role_use_name_prefix" {
  default = true
}

variable "iam_role_path" {
  default = null
}

variable "iam_role_description" {
  default = null
}

variable "iam_role_permissions_boundary" {
  default = null
}

variable "iam_role_policies" {
  default = {}
}

variable "iam_role_tags" {
  default = {}
}

# Defaults not modelled (changed between versions, or not sure): unknown unless the call sets them.
variable "metadata_options" {}

# Not an input of the module: never set, it stands for a value this model does not compute (unknown).
variable "cloudseclint_unmodelled" {}
