# A Terraform configuration with the mistakes cloudseclint is made to catch (see README: Quick start).

variable "admin_cidr" {
  description = "Who may reach the bastion over SSH"
  type        = string
  default     = "0.0.0.0/0"
}

resource "aws_s3_bucket" "reports" {
  bucket = "example-reports"
}

resource "aws_security_group" "bastion" {
  name        = "bastion"
  description = "SSH to the bastion host"
  vpc_id      = "vpc-0123456789abcdef0"

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }
}

resource "aws_iam_role" "reporter" {
  name = "reporter"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "reporter" {
  name = "reporter"
  role = aws_iam_role.reporter.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:*"
      Resource = "*"
    }]
  })
}
