# Outputs of the module that name the bucket, so that resources outside the module find it.
output "s3_bucket_id" {
  value = try(aws_s3_bucket.this[0].id, "")
}

output "s3_bucket_arn" {
  value = try(aws_s3_bucket.this[0].arn, "")
}

output "s3_bucket_bucket_domain_name" {
  value = try(aws_s3_bucket.this[0].bucket_domain_name, "")
}

output "s3_bucket_bucket_regional_domain_name" {
  value = try(aws_s3_bucket.this[0].bucket_regional_domain_name, "")
}

output "s3_bucket_hosted_zone_id" {
  value = try(aws_s3_bucket.this[0].hosted_zone_id, "")
}

output "s3_bucket_region" {
  value = try(aws_s3_bucket.this[0].region, "")
}
