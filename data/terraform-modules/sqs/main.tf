# cloudseclint's model of the registry module terraform-aws-modules/sqs/aws, major versions 2 and 3.
#
# This is NOT the module's code: it is our reading of the module's documented inputs and what they create,
# used when `terraform init` has not downloaded the module (an installed copy under .terraform/modules is
# always read instead). Input names and defaults are those of versions 2.x and 3.x; an input whose default we
# are not sure of, or that differs between those versions, has no default here, so that it stays unknown
# unless the call sets it: sqs_managed_sse_enabled (3.x only; 2.x leaves SQS's own default).
#
# Modelled: the queue (aws_sqs_queue.this) with its inline policy, redrive policy and encryption. Version 4
# rewrote the module (separate queue policy, dead-letter queue): not modelled. A call that sets an input this
# model does not declare is not modelled at all.

resource "aws_sqs_queue" "this" {
  count = var.create ? 1 : 0

  name        = var.name
  name_prefix = var.name_prefix

  visibility_timeout_seconds  = var.visibility_timeout_seconds
  message_retention_seconds   = var.message_retention_seconds
  max_message_size            = var.max_message_size
  delay_seconds               = var.delay_seconds
  receive_wait_time_seconds   = var.receive_wait_time_seconds
  policy                      = var.policy
  redrive_policy              = var.redrive_policy
  fifo_queue                  = var.fifo_queue
  content_based_deduplication = var.content_based_deduplication

  kms_master_key_id                 = var.kms_master_key_id
  kms_data_key_reuse_period_seconds = var.kms_data_key_reuse_period_seconds
  sqs_managed_sse_enabled           = var.kms_master_key_id != null ? null : var.sqs_managed_sse_enabled

  tags = var.tags
}

output "sqs_queue_id" {
  value = try(aws_sqs_queue.this[0].id, "")
}

output "sqs_queue_arn" {
  value = try(aws_sqs_queue.this[0].arn, "")
}

output "sqs_queue_name" {
  value = try(aws_sqs_queue.this[0].name, "")
}
