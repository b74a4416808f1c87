import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { admittedMajors } from '../../src/adapters/terraform/version-constraint.ts';
import { isModelFile } from '../../src/adapters/terraform/registry-models.ts';
import { firstBranch } from '../../src/model/scenario.ts';
import { attrs, dig, instance, loadFiles, where } from './helpers.ts';

const call = (version: string | undefined, ...args: string[]) =>
  ['module "logs" {', '  source  = "terraform-aws-modules/s3-bucket/aws"', ...(version ? [`  version = "${version}"`] : []), ...args.map((a) => `  ${a}`), '}', ''].join('\n');

test('version constraints: the majors they admit, undefined when unbounded above', () => {
  assert.equal(admittedMajors('3.7.0'), [3]);
  assert.equal(admittedMajors('= 3.7.0'), [3]);
  assert.equal(admittedMajors('~> 3.0'), [3]);
  assert.equal(admittedMajors('~> v2.0'), [2]);
  // Terraform's pessimistic operator lets the rightmost number given grow: with one number, every later major.
  assert.equal(admittedMajors('~> 3'), undefined);
  assert.equal(admittedMajors('~> 3, < 4.0'), [3]);
  assert.equal(admittedMajors('~> 3.7.1'), [3]);
  assert.equal(admittedMajors('>= 3.1, < 5.0.0'), [3, 4]);
  assert.equal(admittedMajors('>= 3.1, <= 5.0.0'), [3, 4, 5]);
  assert.equal(admittedMajors('>= 3.1'), undefined);
  assert.equal(admittedMajors('> 4, < 3'), []);
  assert.equal(admittedMajors('latest'), undefined);
});

test('s3-bucket: the model creates the bucket and what its inputs ask for; findings point at the call', async () => {
  const r = await loadFiles({
    'main.tf': call('3.7.0', 'bucket = "logs"', 'acl = "log-delivery-write"', 'versioning = {', '  enabled = true', '}', 'logging = {', '  target_bucket = "central"', '}'),
  });
  assert.equal(r.problems, []);
  assert.equal(
    r.instances.filter((i) => i.mode === 'managed').map((i) => i.address),
    ['module.logs.aws_s3_bucket.this[0]', 'module.logs.aws_s3_bucket_logging.this[0]', 'module.logs.aws_s3_bucket_acl.this[0]', 'module.logs.aws_s3_bucket_versioning.this[0]', 'module.logs.aws_s3_bucket_public_access_block.this[0]'],
  );
  assert.equal(attrs(r, 'module.logs.aws_s3_bucket.this[0]'), { bucket: 'logs', force_destroy: false, object_lock_enabled: false, tags: {} });
  const versioning = instance(r, 'module.logs.aws_s3_bucket_versioning.this[0]');
  assert.equal(dig(versioning.attributes(firstBranch), 'versioning_configuration', 0, 'status')?.kind, 'scalar');
  assert.is((dig(versioning.attributes(firstBranch), 'versioning_configuration', 0, 'status') as { value: unknown }).value, 'Enabled');
  const acl = dig(instance(r, 'module.logs.aws_s3_bucket_acl.this[0]').attributes(firstBranch), 'acl')!;
  assert.is(where(r, acl), 'main.tf:5:9', 'at the argument that gave it');
  assert.ok(!isModelFile(acl.file) && !(acl.via ?? []).some((v) => isModelFile(v.file)), 'nothing points into the model');
  assert.ok(instance(r, 'module.logs.aws_s3_bucket.this[0]').file.endsWith('main.tf'));
  assert.equal(instance(r, 'module.logs.aws_s3_bucket.this[0]').path, ['module', 'logs']);
  assert.ok(!r.docs.some((d) => isModelFile(d.file)), 'the model files are not documents of the configuration');
});

test('s3-bucket: inputs whose default the model does not know stay unknown; policy needs attach_policy', async () => {
  const r = await loadFiles({ 'main.tf': call('>= 3.0, < 5.0', 'bucket = "b"', 'ignore_public_acls = true', 'policy = "{}"') });
  assert.equal(attrs(r, 'module.logs.aws_s3_bucket_public_access_block.this[0]'), {
    bucket: '<module.logs.aws_s3_bucket.this[0].id>',
    block_public_acls: '<module.logs.var.block_public_acls>',
    block_public_policy: '<module.logs.var.block_public_policy>',
    ignore_public_acls: true,
    restrict_public_buckets: '<module.logs.var.restrict_public_buckets>',
  });
  assert.not.ok(r.instances.some((i) => i.type === 'aws_s3_bucket_policy'), 'policy without attach_policy attaches nothing');
});

test('s3-bucket: public access block defaults of the one major the version admits (false in 3.x, true in 4.x), set from the call', async () => {
  const pab = 'module.logs.aws_s3_bucket_public_access_block.this[0]';
  const v3 = await loadFiles({ 'main.tf': call('3.15.1', 'bucket = "b"', 'restrict_public_buckets = true') });
  assert.equal(attrs(v3, pab), { bucket: '<module.logs.aws_s3_bucket.this[0].id>', block_public_acls: false, block_public_policy: false, ignore_public_acls: false, restrict_public_buckets: true });
  const v4 = await loadFiles({ 'main.tf': call('~> 4.0', 'bucket = "b"', 'block_public_policy = false') });
  assert.equal(attrs(v4, pab), { bucket: '<module.logs.aws_s3_bucket.this[0].id>', block_public_acls: true, block_public_policy: false, ignore_public_acls: true, restrict_public_buckets: true });
});

test('s3-bucket: a log delivery policy the model does not write makes the whole bucket policy unknown', async () => {
  const r = await loadFiles({ 'main.tf': call('4.1.0', 'attach_elb_log_delivery_policy = true', 'attach_deny_insecure_transport_policy = true') });
  assert.equal((attrs(r, 'module.logs.aws_s3_bucket_policy.this[0]') as { policy: unknown }).policy, '<module.logs.var.cloudseclint_unmodelled>');
});

test('a model is not used: no version (the latest may be a newer major), version outside its majors, a submodule, an input it does not declare, a nested block', async () => {
  for (const main of [
    call(undefined, 'bucket = "b"'),
    call('2.14.0', 'bucket = "b"'),
    call('>= 3.0', 'bucket = "b"'),
    call('3.7.0', 'bucket = "b"', 'is_directory_bucket = true'),
    call('3.7.0', 'bucket = "b"', 'logging {', '  target_bucket = "x"', '}'),
    call('3.7.0', 'bucket = "b"').replace('s3-bucket/aws"', 's3-bucket/aws//modules/notification"'),
  ]) {
    const r = await loadFiles({ 'main.tf': main });
    assert.equal(r.instances, [], main);
    assert.equal(r.problems, [], main);
  }
});

test('an installed copy under .terraform/modules wins over the model', async () => {
  const r = await loadFiles({
    'main.tf': call('3.7.0', 'bucket = "b"'),
    '.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: 'logs', Source: 'registry.terraform.io/terraform-aws-modules/s3-bucket/aws', Dir: '.terraform/modules/logs' }] }),
    '.terraform/modules/logs/main.tf': 'variable "bucket" {}\nresource "aws_s3_bucket" "installed" {\n  bucket = var.bucket\n}\n',
  });
  assert.equal(r.instances.map((i) => i.address), ['module.logs.aws_s3_bucket.installed']);
});

test('rds: the instance in module.db_instance, with the module defaults and what stays unknown', async () => {
  const r = await loadFiles({
    'main.tf': ['module "db" {', '  source  = "terraform-aws-modules/rds/aws"', '  version = "~> 3.0"', '  identifier = "orders"', '  engine     = "mysql"', '  name       = "orders"', '  family     = "mysql8.0"', '}', ''].join('\n'),
  });
  assert.equal(r.problems, []);
  assert.equal(r.instances.map((i) => i.address), ['module.db.module.db_instance.aws_db_instance.this[0]']);
  const a = attrs(r, 'module.db.module.db_instance.aws_db_instance.this[0]') as Record<string, unknown>;
  assert.equal(
    {
      storage_encrypted: a.storage_encrypted,
      publicly_accessible: a.publicly_accessible,
      auto_minor_version_upgrade: a.auto_minor_version_upgrade,
      deletion_protection: a.deletion_protection,
      enabled_cloudwatch_logs_exports: a.enabled_cloudwatch_logs_exports,
      backup_retention_period: a.backup_retention_period,
      ca_cert_identifier: a.ca_cert_identifier,
      parameter_group_name: a.parameter_group_name,
      db_subnet_group_name: a.db_subnet_group_name,
    },
    {
      storage_encrypted: true,
      publicly_accessible: false,
      auto_minor_version_upgrade: true,
      deletion_protection: false,
      enabled_cloudwatch_logs_exports: [],
      backup_retention_period: '<module.db.var.backup_retention_period>',
      ca_cert_identifier: '<module.db.var.ca_cert_identifier>',
      parameter_group_name: '<module.db.var.cloudseclint_unmodelled>',
      db_subnet_group_name: undefined,
    },
  );
  assert.ok(!r.docs.some((d) => isModelFile(d.file)), 'nor are the files of its submodule');
});

test('a model output names its resource, and reads as coming from the module call', async () => {
  const r = await loadFiles({
    'main.tf': call('~> 4.0', 'bucket = "data"') + 'resource "aws_s3_bucket_logging" "l" {\n  bucket        = module.logs.s3_bucket_id\n  target_bucket = "central"\n}\n',
  });
  const bucket = dig(instance(r, 'aws_s3_bucket_logging.l').attributes(firstBranch), 'bucket')!;
  assert.equal(bucket.kind === 'unknown' ? bucket.symbol : bucket, 'module.logs.aws_s3_bucket.this[0].id');
  assert.ok(!(bucket.via ?? []).some((v) => isModelFile(v.file)));
});

test('ec2-instance: the instance, and metadata options unknown unless given', async () => {
  const r = await loadFiles({
    'main.tf': [
      'module "web" {',
      '  source  = "terraform-aws-modules/ec2-instance/aws"',
      '  version = "~> 5.0"',
      '  associate_public_ip_address = true',
      '}',
      'module "app" {',
      '  source  = "terraform-aws-modules/ec2-instance/aws"',
      '  version = "~> 5.0"',
      '  metadata_options = { http_endpoint = "enabled" }',
      '}',
      '',
    ].join('\n'),
  });
  const web = attrs(r, 'module.web.aws_instance.this[0]') as Record<string, unknown>;
  assert.equal([web.associate_public_ip_address, web.monitoring, web.instance_type, web.iam_instance_profile], [true, false, 't3.micro', undefined]);
  assert.equal(web.metadata_options, [{ http_endpoint: '<module.web.var.metadata_options.http_endpoint>', http_tokens: '<module.web.var.metadata_options.http_tokens>', http_put_response_hop_limit: '<module.web.var.metadata_options.http_put_response_hop_limit>' }]);
  const app = attrs(r, 'module.app.aws_instance.this[0]') as Record<string, unknown>;
  assert.equal(app.metadata_options, [{ http_endpoint: 'enabled', http_tokens: '<module.app.var.cloudseclint_unmodelled>', http_put_response_hop_limit: 1 }]);
});

test('vpc: public subnets whose public IP default changed between versions stay unknown; a default ACL only when managed', async () => {
  const r = await loadFiles({
    'main.tf': [
      'module "net" {',
      '  source  = "terraform-aws-modules/vpc/aws"',
      '  version = "3.7.0"',
      '  azs             = ["eu-west-1a", "eu-west-1b"]',
      '  public_subnets  = ["10.0.101.0/24", "10.0.102.0/24"]',
      '  private_subnets = ["10.0.1.0/24"]',
      '  default_network_acl_ingress = []',
      '}',
      '',
    ].join('\n'),
  });
  assert.equal(r.problems, []);
  assert.equal(r.instances.map((i) => i.address), ['module.net.aws_vpc.this[0]', 'module.net.aws_subnet.public[0]', 'module.net.aws_subnet.public[1]']);
  assert.equal((attrs(r, 'module.net.aws_subnet.public[1]') as Record<string, unknown>).map_public_ip_on_launch, '<module.net.var.map_public_ip_on_launch>');
  assert.equal((attrs(r, 'module.net.aws_vpc.this[0]') as Record<string, unknown>).enable_dns_hostnames, '<module.net.var.enable_dns_hostnames>');
});

test('alb, elb and sqs: the resources at the addresses the modules give them', async () => {
  const r = await loadFiles({
    'main.tf': [
      'module "lb" {',
      '  source  = "terraform-aws-modules/alb/aws"',
      '  version = "~> 6.0"',
      '  access_logs = { bucket = "logs" }',
      '}',
      'module "classic" {',
      '  source          = "terraform-aws-modules/elb/aws"',
      '  version         = "~> 2.0"',
      '  subnets         = ["subnet-1"]',
      '  security_groups = []',
      '  listener        = []',
      '  health_check    = {}',
      '  access_logs     = { bucket = "logs" }',
      '}',
      'module "queue" {',
      '  source  = "terraform-aws-modules/sqs/aws"',
      '  version = "~> 3.0"',
      '  name    = "jobs"',
      '}',
      '',
    ].join('\n'),
  });
  assert.equal(r.problems, []);
  assert.equal(r.instances.map((i) => i.address), ['module.lb.aws_lb.this[0]', 'module.classic.module.elb.aws_elb.this[0]', 'module.queue.aws_sqs_queue.this[0]']);
  const lb = attrs(r, 'module.lb.aws_lb.this[0]') as Record<string, unknown>;
  assert.equal([lb.drop_invalid_header_fields, lb.access_logs], [false, [{ enabled: '<module.lb.var.cloudseclint_unmodelled>', bucket: 'logs' }]]);
  const elb = attrs(r, 'module.classic.module.elb.aws_elb.this[0]') as Record<string, unknown>;
  assert.equal(elb.access_logs, [{ bucket: 'logs', enabled: true }]);
  const queue = attrs(r, 'module.queue.aws_sqs_queue.this[0]') as Record<string, unknown>;
  assert.equal([queue.kms_master_key_id, queue.sqs_managed_sse_enabled], [undefined, '<module.queue.var.sqs_managed_sse_enabled>']);
});

test.run();
