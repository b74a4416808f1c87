# Inputs of terraform-aws-modules/s3-bucket/aws 3.x and 4.x that this model reads or knows to be harmless to
# leave out (see main.tf). Defaults are the module's documented ones.

variable "create_bucket" {
  default = true
}

variable "attach_elb_log_delivery_policy" {
  default = false
}

variable "attach_lb_log_delivery_policy" {
  default = false
}

variable "attach_access_log_delivery_policy" {
  default = false
}

variable "attach_deny_insecure_transport_policy" {
  default = false
}

variable "attach_require_latest_tls_policy" {
  default = false
}

variable "attach_policy" {
  default = false
}

variable "attach_public_policy" {
  default = true
}

variable "attach_inventory_destination_policy" {
  default = false
}

variable "attach_analytics_destination_policy" {
  default = false
}

variable "attach_deny_incorrect_encryption_headers" {
  default = false
}

variable "attach_deny_incorrect_kms_key_sse" {
  default = false
}

variable "allowed_kms_key_arn" {
  default = null
}

variable "attach_deny_unencrypted_object_uploads" {
  default = false
}

variable "bucket" {
  default = null
}

variable "bucket_prefix" {
  default = null
}

variable "acl" {
  default = null
}

variable "policy" {
  default = null
}

variable "tags" {
  default = {}
}

variable "force_destroy" {
  default = false
}

variable "acceleration_status" {
  default = null
}

variable "request_payer" {
  default = null
}

variable "website" {
  default = {}
}

variable "cors_rule" {
  default = []
}

variable "versioning" {
  default = {}
}

variable "logging" {
  default = {}
}

variable "access_log_delivery_policy_source_buckets" {
  default = []
}

variable "access_log_delivery_policy_source_accounts" {
  default = []
}

variable "grant" {
  default = []
}

variable "owner" {
  default = {}
}

variable "expected_bucket_owner" {
  default = null
}

variable "lifecycle_rule" {
  default = []
}

variable "replication_configuration" {
  default = {}
}

variable "server_side_encryption_configuration" {
  default = {}
}

variable "intelligent_tiering" {
  default = {}
}

variable "object_lock_configuration" {
  default = {}
}

variable "metric_configuration" {
  default = []
}

variable "inventory_configuration" {
  default = {}
}

variable "inventory_source_account_id" {
  default = null
}

variable "inventory_source_bucket_arn" {
  default = null
}

variable "inventory_self_source_destination" {
  default = false
}

variable "analytics_configuration" {
  default = {}
}

variable "analytics_source_account_id" {
  default = null
}

variable "analytics_source_bucket_arn" {
  default = null
}

variable "analytics_self_source_destination" {
  default = false
}

variable "object_lock_enabled" {
  default = false
}

variable "control_object_ownership" {
  default = false
}

variable "putin_khuylo" {
  default = true
}

# Defaults that changed between the majors (false in 3.x, true since 4.0): no default here, so they stay unknown
# unless the call sets them or its version admits a single major, whose default models.json gives. object_ownership:
# not sure of its defaults, unknown unless set.
variable "block_public_acls" {}

variable "block_public_policy" {}

variable "ignore_public_acls" {}

variable "restrict_public_buckets" {}

variable "object_ownership" {}

# Not an input of the module: never set, it stands for a value this model does not compute (unknown).
variable "cloudseclint_unmodelled" {}
