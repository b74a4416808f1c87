import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstBranch } from '../../src/model/scenario.ts';
import { attrs, branches, dig, instance, loadFiles, where } from './helpers.ts';

test('count: one instance per index, with count.index; count = 0 has none', async () => {
  const r = await loadFiles({
    'main.tf': 'resource "aws_instance" "a" {\n  count = 2\n  tags  = { Name = "a-${count.index}" }\n}\nresource "aws_instance" "off" {\n  count = 0\n}\n',
  });
  assert.equal(r.instances.map((i) => i.address), ['aws_instance.a[0]', 'aws_instance.a[1]']);
  assert.equal(r.instances.map((i) => i.index), [0, 1]);
  assert.equal(attrs(r, 'aws_instance.a[1]'), { tags: { Name: 'a-1' } });
  assert.equal(instance(r, 'aws_instance.a[0]').path, ['resource', 'aws_instance', 'a']);
});

test('for_each over a map and a set: keys in the address, each.key and each.value', async () => {
  const r = await loadFiles({
    'main.tf': [
      'resource "aws_s3_bucket" "m" {',
      '  for_each = { logs = "private", site = "public-read" }',
      '  bucket   = each.key',
      '  acl      = each.value',
      '}',
      'resource "aws_iam_user" "u" {',
      '  for_each = toset(["bob", "alice"])',
      '  name     = each.value',
      '}',
    ].join('\n'),
  });
  assert.equal(r.instances.map((i) => i.address), ['aws_s3_bucket.m["logs"]', 'aws_s3_bucket.m["site"]', 'aws_iam_user.u["alice"]', 'aws_iam_user.u["bob"]']);
  assert.equal(attrs(r, 'aws_s3_bucket.m["site"]'), { bucket: 'site', acl: 'public-read' });
  assert.equal(attrs(r, 'aws_iam_user.u["bob"]'), { name: 'bob' });
  const acl = dig(instance(r, 'aws_s3_bucket.m["site"]').attributes(firstBranch), 'acl')!;
  assert.is(where(r, acl), 'main.tf:4:14', 'each.value stands where it is used');
});

test('unknown count or for_each: one instance, unindexed, with unknown count.index / each.*', async () => {
  const r = await loadFiles({
    'main.tf': [
      'variable "n" {}',
      'variable "names" {}',
      'resource "aws_instance" "c" {',
      '  count = var.n',
      '  name  = "c-${count.index}"',
      '  ami   = "ami-1"',
      '}',
      'resource "aws_instance" "f" {',
      '  for_each = var.names',
      '  name     = each.key',
      '  type     = each.value',
      '}',
    ].join('\n'),
  });
  assert.equal(r.instances.map((i) => [i.address, i.index]), [
    ['aws_instance.c', undefined],
    ['aws_instance.f', undefined],
  ]);
  assert.equal(attrs(r, 'aws_instance.c'), { name: '<c-${count.index}>', ami: 'ami-1' });
  assert.equal(attrs(r, 'aws_instance.f'), { name: '<each.key>', type: '<each.value>' });
});

test('count on a conditional with an unknown condition: the instance of the branch that creates it', async () => {
  const r = await loadFiles({
    'main.tf': 'variable "create" { type = bool }\nresource "aws_kms_key" "k" {\n  count = var.create ? 1 : 0\n}\nresource "aws_x" "r" {\n  key = aws_kms_key.k[0].arn\n}\n',
  });
  assert.equal(r.instances.map((i) => i.address), ['aws_kms_key.k[0]', 'aws_x.r']);
  assert.equal(attrs(r, 'aws_x.r'), { key: '<aws_kms_key.k[0].arn>' });
});

test('references into count and for_each resources, whole and splat', async () => {
  const r = await loadFiles({
    'main.tf': [
      'resource "aws_subnet" "s" {',
      '  count      = 2',
      '  cidr_block = "10.0.${count.index}.0/24"',
      '}',
      'resource "aws_x" "r" {',
      '  first = aws_subnet.s[0].cidr_block',
      '  all   = aws_subnet.s[*].cidr_block',
      '  ids   = aws_subnet.s.*.id',
      '  n     = length(aws_subnet.s)',
      '}',
    ].join('\n'),
  });
  assert.equal(attrs(r, 'aws_x.r'), {
    first: '10.0.0.0/24',
    all: ['10.0.0.0/24', '10.0.1.0/24'],
    ids: ['<aws_subnet.s[0].id>', '<aws_subnet.s[1].id>'],
    n: 2,
  });
});

test('dynamic blocks: expanded with the iterator (default name, custom iterator), one unknown block when the collection is unknown', async () => {
  const r = await loadFiles({
    'main.tf': [
      'variable "rules" {}',
      'resource "aws_security_group" "sg" {',
      '  ingress {',
      '    from_port = 80',
      '  }',
      '  dynamic "ingress" {',
      '    for_each = [443, 22]',
      '    content {',
      '      from_port   = ingress.value',
      '      description = "rule ${ingress.key}"',
      '    }',
      '  }',
      '  dynamic "egress" {',
      '    for_each = { all = "0.0.0.0/0" }',
      '    iterator = rule',
      '    content {',
      '      cidr_blocks = [rule.value]',
      '    }',
      '  }',
      '}',
      'resource "aws_security_group" "unknown" {',
      '  dynamic "ingress" {',
      '    for_each = var.rules',
      '    content {',
      '      from_port   = ingress.value.port',
      '      cidr_blocks = ["0.0.0.0/0"]',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  });
  assert.equal(attrs(r, 'aws_security_group.sg'), {
    ingress: [{ from_port: 80 }, { from_port: 443, description: 'rule 0' }, { from_port: 22, description: 'rule 1' }],
    egress: [{ cidr_blocks: ['0.0.0.0/0'] }],
  });
  assert.equal(attrs(r, 'aws_security_group.unknown'), { ingress: [{ from_port: '<ingress.value.port>', cidr_blocks: ['0.0.0.0/0'] }] });
  const sg = instance(r, 'aws_security_group.sg').attributes(firstBranch);
  assert.is(where(r, dig(sg, 'ingress', 2, 'from_port')!), 'main.tf:9:21', 'a generated attribute points at the content block');
  assert.is(where(r, dig(sg, 'egress', 0, 'cidr_blocks', 0)!), 'main.tf:17:22');
});

test('conditionals: both branches through the scenario, named after the condition, consistent across attributes', async () => {
  const r = await loadFiles({
    'main.tf': [
      'variable "use_kms" { type = bool }',
      'variable "env" {}',
      'resource "aws_s3_bucket" "b" {',
      '  sse    = var.use_kms ? "aws:kms" : "AES256"',
      '  key    = var.use_kms ? "k" : null',
      '  public = var.env == "prod" ? false : true',
      '  fixed  = 1 > 0 ? "yes" : "no"',
      '}',
    ].join('\n'),
  });
  const byWhen = (a: { when: string }, b: { when: string }) => a.when.localeCompare(b.when);
  assert.equal(branches(r, 'aws_s3_bucket.b').sort(byWhen), [
    { when: 'var.use_kms is true and var.env == "prod" is true', value: { sse: 'aws:kms', key: 'k', public: false, fixed: 'yes' } },
    { when: 'var.use_kms is true and var.env == "prod" is false', value: { sse: 'aws:kms', key: 'k', public: true, fixed: 'yes' } },
    { when: 'var.use_kms is false and var.env == "prod" is true', value: { sse: 'AES256', public: false, fixed: 'yes' } },
    { when: 'var.use_kms is false and var.env == "prod" is false', value: { sse: 'AES256', public: true, fixed: 'yes' } },
  ].sort(byWhen));
});

test('templates: partly known strings keep their known parts; heredocs, directives and strip markers', async () => {
  const r = await loadFiles({
    'main.tf': [
      'variable "env" { default = "prod" }',
      'variable "id" {}',
      'resource "aws_x" "t" {',
      '  a = "arn:aws:s3:::${var.id}-logs/*"',
      '  b = "%{ for n in ["x", "y"] }${n};%{ endfor }"',
      '  c = "%{ if var.env == "prod" }on%{ else }off%{ endif }"',
      '  d = <<-EOT',
      '    env=${var.env}',
      '      id=${var.id}',
      '    EOT',
      '  e = "a ${~ "b" ~} c"',
      '  f = "${var.env}"',
      '  g = "${[1, 2]}"',
      '}',
    ].join('\n'),
  });
  assert.equal(attrs(r, 'aws_x.t'), {
    a: '<arn:aws:s3:::${var.id}-logs/*>',
    b: 'x;y;',
    c: 'on',
    d: '<env=prod\n  id=${var.id}\n>',
    e: 'abc',
    f: 'prod',
    g: [1, 2],
  });
});

test('a template directive on an unknown condition is a choice like a conditional', async () => {
  const r = await loadFiles({ 'main.tf': 'variable "tls" {}\nresource "aws_x" "t" {\n  url = "%{ if var.tls }https%{ else }http%{ endif }://x"\n}\n' });
  const byWhen = (a: { when: string }, b: { when: string }) => a.when.localeCompare(b.when);
  assert.equal(branches(r, 'aws_x.t').sort(byWhen), [
    { when: 'var.tls is false', value: { url: 'http://x' } },
    { when: 'var.tls is true', value: { url: 'https://x' } },
  ]);
});

test('override files merge into the blocks they name: attributes replaced, nested blocks of a type replaced', async () => {
  const r = await loadFiles({
    'main.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "a"\n  acl    = "public-read"\n  versioning {\n    enabled = false\n  }\n}\nlocals {\n  x = 1\n}\n',
    'main_override.tf': 'resource "aws_s3_bucket" "b" {\n  acl = "private"\n  versioning {\n    enabled = true\n  }\n}\nlocals {\n  x = 2\n}\nresource "aws_x" "r" {\n  x = local.x\n}\n',
  });
  assert.equal(r.problems, []);
  assert.equal(attrs(r, 'aws_s3_bucket.b'), { bucket: 'a', acl: 'private', versioning: [{ enabled: true }] });
  assert.equal(attrs(r, 'aws_x.r'), { x: 2 });
});

test.run();
