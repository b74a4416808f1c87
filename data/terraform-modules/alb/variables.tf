# Inputs of terraform-aws-modules/alb/aws 6.x to 8.x (see main.tf). Defaults are the module's documented ones.

variable "create_lb" {
  default = true
}

variable "putin_khuylo" {
  default = true
}

variable "drop_invalid_header_fields" {
  default = false
}

variable "preserve_host_header" {
  default = false
}

variable "enable_deletion_protection" {
  default = false
}

variable "enable_http2" {
  default = true
}

variable "enable_cross_zone_load_balancing" {
  default = false
}

variable "enable_tls_version_and_cipher_suite_headers" {
  default = false
}

variable "enable_xff_client_port" {
  default = false
}

variable "xff_header_processing_mode" {
  default = "append"
}

variable "extra_ssl_certs" {
  default = []
}

variable "https_listeners" {
  default = []
}

variable "http_tcp_listeners" {
  default = []
}

variable "https_listener_rules" {
  default = []
}

variable "http_tcp_listener_rules" {
  default = []
}

variable "idle_timeout" {
  default = 60
}

variable "ip_address_type" {
  default = "ipv4"
}

variable "listener_ssl_policy_default" {
  default = "ELBSecurityPolicy-2016-08"
}

variable "internal" {
  default = false
}

variable "load_balancer_create_timeout" {
  default = "10m"
}

variable "load_balancer_delete_timeout" {
  default = "10m"
}

variable "load_balancer_update_timeout" {
  default = "10m"
}

variable "name" {
  default = null
}

variable "name_prefix" {
  default = null
}

variable "load_balancer_type" {
  default = "application"
}

variable "access_logs" {
  default = {}
}

variable "subnets" {
  default = null
}

variable "subnet_mapping" {
  default = []
}

variable "tags" {
  default = {}
}

variable "lb_tags" {
  default = {}
}

variable "target_group_tags" {
  default = {}
}

variable "https_listener_rules_tags" {
  default = {}
}

variable "http_tcp_listener_rules_tags" {
  default = {}
}

variable "https_listeners_tags" {
  default = {}
}

variable "http_tcp_listeners_tags" {
  default = {}
}

variable "security_groups" {
  default = []
}

variable "target_groups" {
  default = []
}

variable "vpc_id" {
  default = null
}

variable "enable_waf_fail_open" {
  default = false
}

variable "desync_mitigation_mode" {
  default = "defensive"
}

# Not an input of the module: never set, it stands for a value this model does not compute (unknown).
variable "cloudseclint_unmodelled" {}
