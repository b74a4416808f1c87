import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstBranch } from '../../src/model/scenario.ts';
import { loadModule } from '../../src/adapters/terraform/load-module.ts';
import { readModuleDocuments } from '../../src/adapters/terraform/module-files.ts';
import { loadHclParser } from '../../src/parse/hcl.ts';
import { attrs, dig, instance, loadFiles, tree, vias, where } from './helpers.ts';

const BUCKET_MODULE = {
  'modules/bucket/variables.tf': 'variable "name" {}\nvariable "acl" {\n  default = "private"\n}\n',
  'modules/bucket/main.tf': 'resource "aws_s3_bucket" "this" {\n  bucket = var.name\n  acl    = var.acl\n}\n',
  'modules/bucket/outputs.tf': 'output "name" {\n  value = aws_s3_bucket.this.bucket\n}\noutput "arn" {\n  value = aws_s3_bucket.this.arn\n}\n',
};

test('a local module is followed with the arguments passed in; values point into the module, via the call site', async () => {
  const r = await loadFiles({
    ...BUCKET_MODULE,
    'main.tf': [
      'module "logs" {', // 1
      '  source = "./modules/bucket"', // 2
      '  name   = "logs-bucket"', // 3
      '  acl    = "public-read"', // 4
      '}', // 5
      'resource "aws_s3_bucket_policy" "p" {', // 6
      '  bucket = module.logs.name', // 7
      '  arn    = module.logs.arn', // 8
      '}', // 9
    ].join('\n'),
  });
  assert.equal(r.problems, []);
  assert.equal(r.instances.map((i) => [i.address, i.module]), [
    ['aws_s3_bucket_policy.p', []],
    ['module.logs.aws_s3_bucket.this', ['logs']],
  ]);
  const inner = instance(r, 'module.logs.aws_s3_bucket.this');
  assert.ok(inner.file.endsWith('modules/bucket/main.tf'));
  assert.equal(attrs(r, 'module.logs.aws_s3_bucket.this'), { bucket: 'logs-bucket', acl: 'public-read' });
  const acl = dig(inner.attributes(firstBranch), 'acl')!;
  assert.is(where(r, acl), 'main.tf:3:12', 'at the use inside the module');
  assert.ok(acl.file!.endsWith('modules/bucket/main.tf'));
  assert.equal(vias(acl), ['argument "acl" of module.logs @ main.tf:4:12']);
  assert.ok(acl.via![0].file!.endsWith('/main.tf') && !acl.via![0].file!.includes('modules'));
  assert.equal(attrs(r, 'aws_s3_bucket_policy.p'), { bucket: 'logs-bucket', arn: '<module.logs.aws_s3_bucket.this.arn>' });
  const bucket = dig(instance(r, 'aws_s3_bucket_policy.p').attributes(firstBranch), 'bucket')!;
  assert.equal(vias(bucket).map((v) => v.split(' @')[0]), ['output "name" of module.logs', 'module.logs.aws_s3_bucket.this.bucket', 'argument "name" of module.logs']);
  assert.ok(r.documents.some((d) => d.file.endsWith('modules/bucket/main.tf')), 'the module files are returned for locating');
});

test('module count and for_each: one module instance per key, addresses with the key', async () => {
  const r = await loadFiles({
    ...BUCKET_MODULE,
    'main.tf': 'module "b" {\n  source   = "./modules/bucket"\n  for_each = toset(["a", "b"])\n  name     = "bucket-${each.key}"\n}\nmodule "c" {\n  source = "./modules/bucket"\n  count  = 1\n  name   = "c-${count.index}"\n}\noutput "x" {\n  value = module.b["a"].name\n}\n',
  });
  assert.equal(r.instances.map((i) => [i.address, i.module]), [
    ['module.b["a"].aws_s3_bucket.this', ['b["a"]']],
    ['module.b["b"].aws_s3_bucket.this', ['b["b"]']],
    ['module.c[0].aws_s3_bucket.this', ['c[0]']],
  ]);
  assert.equal(attrs(r, 'module.b["b"].aws_s3_bucket.this'), { bucket: 'bucket-b', acl: 'private' });
  assert.equal(attrs(r, 'module.c[0].aws_s3_bucket.this'), { bucket: 'c-0', acl: 'private' });
});

test('a missing local module directory is a warning; a registry module not on disk (and not modelled) is unknown, no problem', async () => {
  const r = await loadFiles({
    'main.tf': [
      'module "gone" {',
      '  source = "./nowhere"',
      '}',
      'module "vpc" {',
      '  source  = "terraform-aws-modules/vpc/aws"',
      '  version = "6.0.0"',
      '}',
      'resource "aws_x" "r" {',
      '  a = module.gone.out',
      '  b = module.vpc.vpc_id',
      '}',
    ].join('\n'),
  });
  assert.equal(r.problems.map((p) => [p.ruleId, p.severity, p.range.start.line]), [['terraform/module-not-found', 'warning', 2]]);
  assert.equal(attrs(r, 'aws_x.r'), { a: '<module.gone.out>', b: '<module.vpc.vpc_id>' });
});

test('a module installed by terraform init is read from .terraform/modules', async () => {
  const r = await loadFiles({
    'main.tf': 'module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n  name   = "main"\n}\n',
    '.terraform/modules/modules.json': JSON.stringify({ Modules: [{ Key: '', Source: '', Dir: '.' }, { Key: 'vpc', Source: 'registry.terraform.io/terraform-aws-modules/vpc/aws', Dir: '.terraform/modules/vpc' }] }),
    '.terraform/modules/vpc/main.tf': 'variable "name" {}\nresource "aws_vpc" "this" {\n  tags = { Name = var.name }\n}\n',
  });
  assert.equal(attrs(r, 'module.vpc.aws_vpc.this'), { tags: { Name: 'main' } });
});

test('a module that calls itself is reported and not followed', async () => {
  const r = await loadFiles({
    'main.tf': 'module "a" {\n  source = "./a"\n}\n',
    'a/main.tf': 'module "b" {\n  source = "../b"\n}\nresource "aws_x" "in_a" {}\n',
    'b/main.tf': 'module "a" {\n  source = "../a"\n}\nresource "aws_x" "in_b" {}\n',
  });
  assert.equal(r.instances.map((i) => i.address), ['module.a.aws_x.in_a', 'module.a.module.b.aws_x.in_b']);
  assert.equal(r.problems.map((p) => p.ruleId), ['terraform/reference-cycle']);
  assert.match(r.problems[0].message, /already being loaded/);
});

test('reference cycles between locals and between resources are reported; their values are unknown', async () => {
  const r = await loadFiles({
    'main.tf': [
      'locals {',
      '  a = local.b',
      '  b = "x-${local.a}"',
      '  ok = "fine"',
      '}',
      'resource "aws_security_group" "one" {',
      '  peer = aws_security_group.two.id',
      '  name = local.a',
      '}',
      'resource "aws_security_group" "two" {',
      '  peer = aws_security_group.one.name',
      '  ok   = local.ok',
      '}',
    ].join('\n'),
  });
  assert.equal(r.problems.map((p) => [p.ruleId, p.message]), [
    ['terraform/reference-cycle', 'Reference cycle: local.a → local.b → local.a; the values on it are unknown'],
    ['terraform/reference-cycle', 'Reference cycle: aws_security_group.one → aws_security_group.two → aws_security_group.one; the values on it are unknown'],
  ]);
  const one = attrs(r, 'aws_security_group.one') as Record<string, string>;
  assert.match(one.name, /reference cycle/);
  assert.is(one.peer, '<aws_security_group.two.id>');
  assert.equal((attrs(r, 'aws_security_group.two') as Record<string, unknown>).ok, 'fine');
});

test('a module argument that is a conditional: the choice is the caller\'s, named once', async () => {
  const r = await loadFiles({
    ...BUCKET_MODULE,
    'main.tf': 'variable "public" { type = bool }\nmodule "b" {\n  source = "./modules/bucket"\n  name   = "n"\n  acl    = var.public ? "public-read" : "private"\n}\n',
  });
  const inst = instance(r, 'module.b.aws_s3_bucket.this');
  const labels: string[] = [];
  inst.attributes({ choose: (id, l) => (labels.push(l[1]), 1) });
  assert.equal(labels, ['var.public is false']);
});

test('files read while loading are named like the documents given: relative to the current folder when those are', async () => {
  const dir = tree({ ...BUCKET_MODULE, 'main.tf': 'module "logs" {\n  source = "./modules/bucket"\n  name   = "x"\n}\n', 'terraform.tfvars': 'a = 1\n' });
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    await loadHclParser();
    const r = await loadModule('.', readModuleDocuments('.'));
    assert.equal(r.documents.map((d) => d.file).sort(), ['modules/bucket/main.tf', 'modules/bucket/outputs.tf', 'modules/bucket/variables.tf', 'terraform.tfvars']);
    assert.is(instance(r, 'module.logs.aws_s3_bucket.this').file, 'modules/bucket/main.tf');
  } finally {
    process.chdir(cwd);
  }
});

test.run();
