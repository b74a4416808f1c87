# Inputs of terraform-aws-modules/sqs/aws 2.x and 3.x (see main.tf). Defaults are the module's documented ones.

variable "create" {
  default = true
}

variable "name" {
  default = null
}

variable "name_prefix" {
  default = null
}

variable "visibility_timeout_seconds" {
  default = 30
}

variable "message_retention_seconds" {
  default = 345600
}

variable "max_message_size" {
  default = 262144
}

variable "delay_seconds" {
  default = 0
}

variable "receive_wait_time_seconds" {
  default = 0
}

variable "policy" {
  default = ""
}

variable "redrive_policy" {
  default = ""
}

variable "redrive_allow_policy" {
  default = ""
}

variable "fifo_queue" {
  default = false
}

variable "content_based_deduplication" {
  default = false
}

variable "deduplication_scope" {
  default = null
}

variable "fifo_throughput_limit" {
  default = null
}

variable "kms_master_key_id" {
  default = null
}

variable "kms_data_key_reuse_period_seconds" {
  default = 300
}

variable "tags" {
  default = {}
}

# Defaults not modelled (changed between versions, or not sure): unknown unless the call sets them.
variable "sqs_managed_sse_enabled" {}
