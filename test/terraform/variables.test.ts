import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { attrs, branches, dig, instance, loadFiles, vias, where } from './helpers.ts';
import { firstBranch } from '../../src/model/scenario.ts';

const MAIN = [
  'variable "name" {', // 1
  '  type    = string', // 2
  '  default = "from-default"', // 3
  '}', // 4
  'variable "port" {', // 5
  '  type = number', // 6
  '}', // 7
  'variable "cidrs" {', // 8
  '  type    = list(string)', // 9
  '  default = ["10.0.0.0/8"]', // 10
  '}', // 11
  'variable "unset" {}', // 12
  'resource "aws_thing" "t" {', // 13
  '  name  = var.name', // 14
  '  port  = var.port', // 15
  '  cidrs = var.cidrs', // 16
  '  other = var.unset', // 17
  '  nope  = var.undeclared', // 18
  '}', // 19
].join('\n');

test('defaults: the value is where it is used, with a via to the default', async () => {
  const r = await loadFiles({ 'main.tf': MAIN });
  assert.equal(attrs(r, 'aws_thing.t'), {
    name: 'from-default',
    port: '<var.port>',
    cidrs: ['10.0.0.0/8'],
    other: '<var.unset>',
    nope: '<var.undeclared (undeclared)>',
  });
  const v = instance(r, 'aws_thing.t').attributes(firstBranch);
  const name = dig(v, 'name')!;
  assert.is(where(r, name), 'main.tf:14:11');
  assert.equal(vias(name), ['default of variable "name" @ main.tf:3:13']);
  const cidr = dig(v, 'cidrs', 0)!;
  assert.is(where(r, cidr), 'main.tf:16:11', 'items of a variable stand at the use too');
  assert.equal(vias(cidr), ['default of variable "cidrs" @ main.tf:10:13']);
});

test('precedence: default < terraform.tfvars < terraform.tfvars.json < *.auto.tfvars by name < --var-file < --var', async () => {
  const files = {
    'main.tf': MAIN,
    'terraform.tfvars': 'name = "tfvars"\nport = "8080"\n',
    'terraform.tfvars.json': '{ "name": "tfvars-json" }',
    'a.auto.tfvars': 'name = "auto-a"\n',
    'b.auto.tfvars.json': '{ "name": "auto-b", "cidrs": ["0.0.0.0/0"] }',
  };
  const r = await loadFiles(files);
  const v = instance(r, 'aws_thing.t').attributes(firstBranch);
  assert.is(dig(v, 'name')!.kind === 'scalar' && (dig(v, 'name') as { value: unknown }).value, 'auto-b');
  assert.equal(vias(dig(v, 'name')), ['variable "name" set in b.auto.tfvars.json @ b.auto.tfvars.json:1:11']);
  assert.is((dig(v, 'port') as { value: unknown }).value, 8080, 'converted to the declared number type');
  assert.equal(vias(dig(v, 'port')), ['variable "port" set in terraform.tfvars @ terraform.tfvars:2:8']);
  assert.equal(attrs(r, 'aws_thing.t'), { name: 'auto-b', port: 8080, cidrs: ['0.0.0.0/0'], other: '<var.unset>', nope: '<var.undeclared (undeclared)>' });

  const varFile = r.dir + '/extra.tfvars';
  const { writeFileSync } = await import('node:fs');
  writeFileSync(varFile, 'name = "var-file"\nunset = "x"\n');
  const withFile = await loadFiles(files, { varFiles: [varFile] });
  assert.equal(attrs(withFile, 'aws_thing.t'), { name: 'var-file', port: 8080, cidrs: ['0.0.0.0/0'], other: 'x', nope: '<var.undeclared (undeclared)>' });

  const withVar = await loadFiles(files, { varFiles: [varFile], vars: { name: 'cli', port: '22', cidrs: '["1.2.3.4/32", "5.6.7.8/32"]' } });
  assert.equal(attrs(withVar, 'aws_thing.t'), { name: 'cli', port: 22, cidrs: ['1.2.3.4/32', '5.6.7.8/32'], other: 'x', nope: '<var.undeclared (undeclared)>' });
  const cli = dig(instance(withVar, 'aws_thing.t').attributes(firstBranch), 'name');
  assert.equal(vias(cli), ['variable "name" set with --var name=cli @ main.tf:1:1']);
});

test('a --var-file that cannot be read is a problem', async () => {
  const r = await loadFiles({ 'main.tf': MAIN }, { varFiles: ['/nonexistent/x.tfvars'] });
  assert.equal(r.problems.map((p) => p.ruleId), ['terraform/invalid-variable-value']);
});

test('tfvars cannot reference the configuration: a reference there is unknown', async () => {
  const r = await loadFiles({ 'main.tf': MAIN, 'terraform.tfvars': 'name = "a-${local.x}"\nport = 1 + 2\n' });
  const v = attrs(r, 'aws_thing.t') as Record<string, unknown>;
  assert.is(v.name, '<a-${local.x}>');
  assert.is(v.port, 3);
});

test('locals: values through locals carry a via for each step', async () => {
  const r = await loadFiles({
    'main.tf': 'variable "env" { default = "dev" }\nlocals {\n  a = "x-${var.env}"\n  b = local.a\n}\nresource "aws_thing" "t" {\n  v = local.b\n}\n',
  });
  const v = dig(instance(r, 'aws_thing.t').attributes(firstBranch), 'v')!;
  assert.equal((v as { value: unknown }).value, 'x-dev');
  assert.is(where(r, v), 'main.tf:7:7');
  assert.equal(vias(v), ['local.b @ main.tf:4:7', 'local.a @ main.tf:3:7', 'default of variable "env" @ main.tf:1:28']);
});

test('a variable without a value whose validation lists its values: each is a branch, like AllowedValues', async () => {
  const r = await loadFiles({
    'main.tf': [
      'variable "acl" {',
      '  validation {',
      '    condition     = contains(["private", "public-read"], var.acl)',
      '    error_message = "private or public-read"',
      '  }',
      '}',
      'resource "aws_s3_bucket" "b" {',
      '  acl = var.acl',
      '}',
    ].join('\n'),
  });
  const byWhen = (a: { when: string }, b: { when: string }) => a.when.localeCompare(b.when);
  assert.equal(branches(r, 'aws_s3_bucket.b').sort(byWhen), [
    { when: 'var.acl is "private"', value: { acl: 'private' } },
    { when: 'var.acl is "public-read"', value: { acl: 'public-read' } },
  ]);
  const acl = dig(instance(r, 'aws_s3_bucket.b').attributes({ choose: () => 1 }), 'acl');
  assert.equal(vias(acl), ['allowed value of variable "acl" (its validation) @ main.tf:3:42']);
});

test.run();
