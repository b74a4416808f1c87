# Inputs of terraform-aws-modules/elb/aws 2.x to 4.x (see main.tf). Defaults are the module's documented ones.

variable "create_elb" {
  default = true
}

variable "putin_khuylo" {
  default = true
}

variable "name" {
  default = null
}

variable "name_prefix" {
  default = null
}

variable "security_groups" {}

variable "subnets" {}

variable "internal" {
  default = false
}

variable "cross_zone_load_balancing" {
  default = true
}

variable "idle_timeout" {
  default = 60
}

variable "connection_draining" {
  default = false
}

variable "connection_draining_timeout" {
  default = 300
}

variable "tags" {
  default = {}
}

variable "listener" {}

variable "access_logs" {
  default = {}
}

variable "health_check" {}

variable "number_of_instances" {
  default = 0
}

variable "instances" {
  default = []
}
