// Speed on a generated Terraform configuration of a few thousand resources, as ratios against parsing alone.
//
// usage: node --import tsx bench/terraform-scale.ts [RESOURCES]      (default 3000)
//
// One directory, files of 100 resources each: buckets with separate encryption and public access block resources
// naming them, security groups with inline and separate rules, roles with attached and inline policies, queues
// with count, all reading variables and locals; one group in ten opens SSH to the world. Times, best of 3 in one process: parsing the files alone; parsing
// and evaluating them into instances; the whole lint (every rule on) as the CLI runs it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadModule } from '../src/adapters/terraform/load-module.ts';
import { mapInstances } from '../src/adapters/terraform/map/index.ts';
import { loadConfig } from '../src/config/load.ts';
import type { DiscoveredFile } from '../src/discover/file.ts';
import { firstBranch } from '../src/model/scenario.ts';
import { parseHcl } from '../src/parse/hcl.ts';
import { loadHclParser } from '../src/parse/hcl-load.ts';
import { createHooks } from '../src/pipeline/hooks.ts';
import { lintFiles } from '../src/pipeline/lint.ts';
import { buildRegistry } from '../src/pipeline/registry.ts';

const total = Number(process.argv[2] ?? 3000);
const dir = mkdtempSync(join(tmpdir(), 'cloudseclint-tf-scale-'));

/** One group of ten resources (numbered i), of the kinds real configurations are made of. */
function group(i: number): string {
  return `
resource "aws_s3_bucket" "data_${i}" {
  bucket = "\${local.prefix}-data-${i}"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data_${i}" {
  bucket = aws_s3_bucket.data_${i}.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = var.use_kms ? "aws:kms" : "AES256"
      kms_master_key_id = var.use_kms ? var.key_arn : null
    }
  }
}

resource "aws_s3_bucket_public_access_block" "data_${i}" {
  bucket                  = aws_s3_bucket.data_${i}.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_security_group" "app_${i}" {
  name        = "app-${i}"
  description = "app ${i}"
  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ${i % 10 === 0 ? '["0.0.0.0/0"]' : 'var.admin_cidrs'}
  }
}

resource "aws_security_group_rule" "db_${i}" {
  type              = "ingress"
  security_group_id = aws_security_group.app_${i}.id
  protocol          = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_blocks       = [local.vpc_cidr]
}

resource "aws_iam_role" "app_${i}" {
  name = "app-${i}"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
  inline_policy {
    name = "read"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "\${aws_s3_bucket.data_${i}.arn}/*" }]
    })
  }
}

resource "aws_iam_policy" "write_${i}" {
  name   = "write-${i}"
  policy = data.aws_iam_policy_document.write_${i}.json
}

data "aws_iam_policy_document" "write_${i}" {
  statement {
    actions   = ["s3:PutObject", "sqs:SendMessage"]
    resources = ["\${aws_s3_bucket.data_${i}.arn}/*", aws_sqs_queue.jobs_${i}[0].arn]
  }
}

resource "aws_iam_role_policy_attachment" "write_${i}" {
  role       = aws_iam_role.app_${i}.name
  policy_arn = aws_iam_policy.write_${i}.arn
}

resource "aws_sqs_queue" "jobs_${i}" {
  count             = 1
  name              = "jobs-${i}-\${count.index}"
  kms_master_key_id = var.key_arn
}
`;
}

const header = `
variable "use_kms" {
  type    = bool
  default = true
}
variable "key_arn" {
  type = string
}
variable "admin_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8"]
}
locals {
  prefix   = "acme"
  vpc_cidr = "10.0.0.0/16"
}
`;

const groups = Math.ceil(total / 10);
const perFile = 10;
const files: DiscoveredFile[] = [];
for (let f = 0; f * perFile < groups; f++) {
  const path = join(dir, `part-${String(f).padStart(3, '0')}.tf`);
  let text = f === 0 ? header : '';
  for (let g = f * perFile; g < Math.min(groups, (f + 1) * perFile); g++) text += group(g);
  writeFileSync(path, text);
  files.push({ absolute: path, display: path, size: text.length });
}
const texts = files.map((f) => readFileSync(f.absolute, 'utf8'));
const bytes = texts.reduce((n, t) => n + t.length, 0);

const best = async (fn: () => unknown | Promise<unknown>, runs = 3) => {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
};

await loadHclParser();
const parse = () => files.map((f, i) => parseHcl(f.absolute, texts[i]));
const parseMs = await best(parse);
let instances = 0;
let resources = 0;
const evalMs = await best(async () => {
  const loaded = await loadModule(dir, parse());
  instances = loaded.instances.length;
  for (const i of loaded.instances) i.attributes(firstBranch);
  const mapped = mapInstances(loaded.instances);
  resources = mapped.resources.length;
  for (const r of mapped.resources) r.properties(firstBranch);
});
const { config } = loadConfig({ cwd: dir, configPath: join(import.meta.dirname, 'all-rules.json') });
const { registry } = buildRegistry(config.policies, []);
let findings = 0;
const lintMs = await best(async () => {
  const report = await lintFiles({ files, skipped: 0, config, registry, hooks: createHooks(), version: 'bench', terraform: { vars: { key_arn: 'arn:aws:kms:us-east-1:111122223333:key/k' } } });
  findings = report.results.reduce((n, r) => n + r.findings.length, 0);
});

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
console.log(`configuration: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${instances} instances (${resources} model resources), ${findings} findings, ${registry.rules.size} rules`);
console.log(`parse only:              ${fmt(parseMs)}`);
console.log(`parse + evaluate + map:  ${fmt(evalMs)}  (${(evalMs / parseMs).toFixed(1)}x parse)`);
console.log(`lint, every rule:        ${fmt(lintMs)}  (${(lintMs / parseMs).toFixed(1)}x parse)`);
