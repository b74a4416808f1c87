import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadConfig } from '../../src/config/load.ts';
import { discover } from '../../src/discover/discover.ts';
import { createHooks } from '../../src/pipeline/hooks.ts';
import { lintFiles } from '../../src/pipeline/lint.ts';
import { buildRegistry } from '../../src/pipeline/registry.ts';

/** Lints a folder tree with every rule on; returns `file:line:column ruleId resource (related…)` per finding. */
async function lint(tree: Record<string, string>, rules: string[]): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'cloudseclint-models-'));
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  writeFileSync(join(root, '.cloudseclintrc.json'), JSON.stringify({ extends: 'cloudseclint:all' }));
  const { config } = loadConfig({ cwd: root });
  const { registry } = buildRegistry(config.policies, []);
  const found = await discover(['.'], { cwd: root, root: config.root, include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize });
  const report = await lintFiles({ files: found.files, skipped: 0, config, registry, hooks: createHooks(), version: 'test' });
  return report.results
    .flatMap((r) =>
      r.findings
        .filter((f) => rules.includes(f.ruleId))
        .map((f) => {
          const related = (f.related ?? []).map((x) => `${x.file ?? ''}:${x.location.start.line}`).join(' ');
          return `${r.file}:${f.location.start.line}:${f.location.start.column} ${f.ruleId} ${f.resource}${related ? ` (${related})` : ''}`;
        }),
    )
    .sort();
}

test('findings on what a registry module model creates are in the user file: the argument, else the module block', async () => {
  const lines = await lint(
    {
      'main.tf': [
        'module "site" {', // 1
        '  source  = "terraform-aws-modules/s3-bucket/aws"', // 2
        '  version = "3.7.0"', // 3
        '  bucket  = "example-site"', // 4
        '  block_public_policy     = false', // 5
        '  block_public_acls       = true', // 6
        '  ignore_public_acls      = true', // 7
        '  restrict_public_buckets = true', // 8
        '  attach_policy = true', // 9
        '  policy = jsonencode({', // 10
        '    Version   = "2012-10-17"', // 11
        '    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::example-site/*" }]', // 12
        '  })', // 13
        '}', // 14
      ].join('\n'),
    },
    ['s3/block-public-access', 's3/secure-transport', 's3/access-logging', 'iam/public-read-access'],
  );
  assert.equal(lines, [
    // restrict_public_buckets (line 8) is related: it keeps the grant out while it is on
    'main.tf:10:12 iam/public-read-access module.site.aws_s3_bucket_policy.this[0] (:10 :8)',
    'main.tf:1:1 s3/access-logging module.site.aws_s3_bucket.this[0]',
    'main.tf:1:1 s3/secure-transport module.site.aws_s3_bucket_policy.this[0]',
    'main.tf:5:29 s3/block-public-access module.site.aws_s3_bucket.this[0] (:5)',
  ]);
});

test('a model called from a local module: findings in the local module file, at its module block', async () => {
  const lines = await lint(
    {
      'main.tf': 'module "storage" {\n  source = "./storage"\n  name   = "example"\n}\n',
      'storage/main.tf': 'variable "name" {}\n\nmodule "bucket" {\n  source  = "terraform-aws-modules/s3-bucket/aws"\n  version = "~> 4.0"\n  bucket  = var.name\n}\n',
    },
    ['s3/access-logging'],
  );
  assert.equal(lines, ['storage/main.tf:3:1 s3/access-logging module.storage.module.bucket.aws_s3_bucket.this[0]']);
});

test('the CLI bundle reads the models from the package folder: findings in the user file, none in the models', () => {
  const root = mkdtempSync(join(tmpdir(), 'cloudseclint-models-cli-'));
  writeFileSync(
    join(root, 'main.tf'),
    ['module "lb" {', '  source  = "terraform-aws-modules/alb/aws"', '  version = "~> 6.0"', '  name    = "web"', '  subnets = ["subnet-1", "subnet-2"]', '}', ''].join('\n'),
  );
  writeFileSync(join(root, 'all.json'), JSON.stringify({ extends: 'cloudseclint:all' }));
  const bin = join(import.meta.dirname, '..', '..', 'bin', 'cloudseclint.js');
  const r = spawnSync(process.execPath, [bin, '--format', 'json', '-c', 'all.json', 'main.tf'], { cwd: root, encoding: 'utf8' });
  const report = JSON.parse(r.stdout) as { results: { file: string; findings: { ruleId: string; resource: string; location: { start: { line: number } } }[] }[] };
  assert.equal(report.results.map((x) => x.file), ['main.tf']);
  const drop = report.results[0].findings.filter((f) => f.ruleId === 'elb/drop-invalid-headers');
  assert.equal(drop.map((f) => [f.resource, f.location.start.line]), [['module.lb.aws_lb.this[0]', 1]]);
});

test.run();

test("a public access block default of the call's major is reported at the call's version, and names it", async () => {
  const module = (name: string, version: string) => [`module "${name}" {`, '  source  = "terraform-aws-modules/s3-bucket/aws"', `  version = "${version}"`, `  bucket  = "${name}"`, '}', ''];
  const lines = await lint({ 'main.tf': [...module('old', '3.15.1'), ...module('new', '4.1.2'), ...module('either', '>= 3.0, < 5.0')].join('\n') }, ['s3/block-public-access']);
  assert.equal(lines.map((l) => l.replace(/ \(.*\)$/, '')), ['main.tf:3:13 s3/block-public-access module.old.aws_s3_bucket.this[0]']);
  assert.match(lines[0], /\(\S*:3\)$/, 'related: the default, at the version line');
});
