import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadConfig } from '../../src/config/load.ts';
import { discover } from '../../src/discover/discover.ts';
import { createHooks } from '../../src/pipeline/hooks.ts';
import { lintFiles } from '../../src/pipeline/lint.ts';
import type { LoadOptions } from '../../src/adapters/terraform/load-module.ts';
import { buildRegistry } from '../../src/pipeline/registry.ts';

/** Writes a folder tree and lints it as the CLI would; returns `file:line ruleId resource` per finding. */
async function lint(tree: Record<string, string>, terraform: LoadOptions = {}): Promise<{ lines: string[]; kinds: Record<string, string> }> {
  const root = mkdtempSync(join(tmpdir(), 'cloudseclint-tf-'));
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(join(root, '.cloudseclintrc.json'), JSON.stringify({ extends: 'cloudseclint:all' }));
  const { config } = loadConfig({ cwd: root });
  const { registry } = buildRegistry(config.policies, []);
  const found = await discover(['.'], { cwd: root, root: config.root, include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize });
  const report = await lintFiles({ files: found.files, skipped: 0, config, registry, hooks: createHooks(), version: 'test', terraform });
  // The snippets' volumes are attached to nothing on purpose: ebs/volume-attached is left out with the IAM rules.
  const lines = report.results.flatMap((r) => r.findings.filter((f) => !f.ruleId.startsWith('iam/') && f.ruleId !== 'ebs/volume-attached').map((f) => `${r.file}:${f.location.start.line} ${f.ruleId} ${f.resource}`));
  return { lines: lines.sort(), kinds: Object.fromEntries(report.results.map((r) => [r.file, r.kind])) };
}

test('a directory is one configuration: a bucket in one file, its encryption in another', async () => {
  const { lines, kinds } = await lint({
    'infra/buckets.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n',
    'infra/encryption.tf': [
      'resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {',
      '  bucket = aws_s3_bucket.logs.id',
      '  rule {',
      '    apply_server_side_encryption_by_default {',
      '      sse_algorithm = "AES256"',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n'),
  });
  assert.equal(lines.filter((l) => l.includes(' s3/encryption-at-rest ')), ['infra/encryption.tf:5 s3/encryption-at-rest aws_s3_bucket.logs']);
  assert.equal(kinds, { 'infra/buckets.tf': 'terraform', 'infra/encryption.tf': 'terraform' });
});

const withVariable = 'variable "encrypted" {\n  default = false\n}\n\nresource "aws_ebs_volume" "v" {\n  availability_zone = "us-east-1a"\n  size              = 10\n  encrypted         = var.encrypted\n}\n';

test('variables: defaults, then terraform.tfvars, then --var-file and --var', async () => {
  assert.equal((await lint({ 'main.tf': withVariable })).lines, ['main.tf:8 ebs/encryption-at-rest aws_ebs_volume.v']);
  assert.equal((await lint({ 'main.tf': withVariable, 'terraform.tfvars': 'encrypted = true\n' })).lines, []);
  assert.equal((await lint({ 'main.tf': withVariable }, { vars: { encrypted: 'true' } })).lines, []);
});

test('a finding in a local module is reported in the module\'s file, with its address under the caller, once', async () => {
  const { lines, kinds } = await lint({
    'main.tf': 'module "queue" {\n  source = "./modules/queue"\n  name   = "jobs"\n}\n',
    'modules/queue/main.tf': 'variable "name" {}\n\nresource "aws_sqs_queue" "q" {\n  name = var.name\n}\n',
  });
  assert.equal(lines, ['modules/queue/main.tf:3 sqs/encryption-at-rest module.queue.aws_sqs_queue.q']);
  assert.is(kinds['modules/queue/main.tf'], 'terraform');
});

const plan = JSON.stringify(
  {
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [
          { address: 'aws_sqs_queue.q', mode: 'managed', type: 'aws_sqs_queue', name: 'q', values: { name: 'jobs', kms_master_key_id: null } },
          { address: 'aws_ebs_volume.v', mode: 'managed', type: 'aws_ebs_volume', name: 'v', values: { availability_zone: 'us-east-1a', size: 10, encrypted: false } },
        ],
      },
    },
  },
  null,
  2,
);
const source = 'resource "aws_sqs_queue" "q" {\n  name = "jobs"\n}\n\nresource "aws_ebs_volume" "v" {\n  availability_zone = "us-east-1a"\n  size              = 10\n  encrypted         = false\n}\n';

test('a plan alone: findings point into the plan', async () => {
  const { lines, kinds } = await lint({ 'plan/tfplan.json': plan });
  assert.equal(lines, ['plan/tfplan.json:24 ebs/encryption-at-rest aws_ebs_volume.v', 'plan/tfplan.json:7 sqs/encryption-at-rest aws_sqs_queue.q']);
  assert.is(kinds['plan/tfplan.json'], 'terraform-plan');
});

test('a plan beside its configuration: findings point at the .tf source, once', async () => {
  const { lines } = await lint({ 'plan/tfplan.json': plan, 'plan/main.tf': source });
  assert.equal(lines, ['plan/main.tf:1 sqs/encryption-at-rest aws_sqs_queue.q', 'plan/main.tf:8 ebs/encryption-at-rest aws_ebs_volume.v']);
});

test('a broken file is a parse error, and the rest of the configuration is still linted', async () => {
  const { lines } = await lint({ 'a.tf': 'resource "aws_sqs_queue" "q" {\n  name = "jobs"\n}\n', 'b.tf': 'resource "aws_sns_topic" {\n' });
  assert.ok(lines.includes('a.tf:1 sqs/encryption-at-rest aws_sqs_queue.q'), lines.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('b.tf:') && l.includes('parse-error')), lines.join('\n'));
});

test.run();
