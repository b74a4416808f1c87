// npm run bench:terraform [-- RESOURCES [--keep]]: speed of reading Terraform on a generated configuration of a few
// thousand resources (default 3000) in a temp folder, as ratios against parsing alone:
//   parse alone (tree-sitter + JSON form + syntax, parser already loaded), best of 3
//   load + evaluate: loadModule and every instance's attributes on every branch, best of 3
//   the whole lint: the CLI on the folder, wall clock, median of 3 (needs a build; compared with the CLI's
//   own cold start on an empty folder)
// --keep leaves the generated folder in place (its path is printed), to profile or lint it by hand.
// Runs under tsx (the npm script passes --import tsx) so that it can import the TypeScript sources.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModule } from '../src/adapters/terraform/load-module.ts';
import { explore } from '../src/model/explore.ts';
import { loadHclParser, parseHcl } from '../src/parse/hcl.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const total = Number(args.find((a) => /^\d+$/.test(a)) ?? 3000);
const dir = mkdtempSync(join(tmpdir(), 'cloudseclint-bench-tf-'));
if (keep) console.log(`folder: ${dir}`);
else process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

/** One of six resource shapes, cycling; every fourth file's worth goes through a local module. */
function resource(i) {
  switch (i % 6) {
    case 0:
      return `resource "aws_s3_bucket" "b${i}" {
  bucket = "\${local.prefix}-b${i}"
  tags   = merge(local.tags, { Name = "b${i}" })
}

resource "aws_s3_bucket_server_side_encryption_configuration" "b${i}" {
  bucket = aws_s3_bucket.b${i}.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = var.use_kms ? "aws:kms" : "AES256"
      kms_master_key_id = var.use_kms ? aws_kms_key.main.arn : null
    }
  }
}
`;
    case 1:
      return `resource "aws_security_group" "sg${i}" {
  name   = "sg-${i}"
  vpc_id = var.vpc_id

  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [cidrsubnet(var.cidr, 8, ${i % 256})]
    }
  }
}
`;
    case 2:
      return `data "aws_iam_policy_document" "p${i}" {
  statement {
    sid       = "S${i}"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["arn:aws:s3:::bucket-${i}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceVpc"
      values   = [var.vpc_id]
    }
  }
}

resource "aws_iam_policy" "p${i}" {
  name   = "p${i}"
  policy = data.aws_iam_policy_document.p${i}.json
}
`;
    case 3:
      return `resource "aws_iam_role_policy" "rp${i}" {
  name   = "rp${i}"
  role   = "role-${i % 10}"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["logs:*"], Resource = "arn:aws:logs:*:*:log-group:/app/${i}:*" }]
  })
}
`;
    case 4:
      return `resource "aws_instance" "i${i}" {
  count         = var.env == "prod" ? 2 : 1
  ami           = "ami-12345678"
  instance_type = lookup(local.sizes, var.env, "t3.micro")
  user_data     = <<-EOT
    #!/bin/bash
    echo "instance ${i} \${count.index}" > /tmp/id
  EOT
  root_block_device {
    encrypted = true
  }
}
`;
    default:
      return `module "m${i}" {
  source = "./modules/queue"
  name   = "q${i}"
  kms    = var.use_kms ? aws_kms_key.main.arn : null
}
`;
  }
}

const header = `variable "env" {
  default = "prod"
}
variable "use_kms" {
  type = bool
}
variable "vpc_id" {}
variable "cidr" {
  default = "10.0.0.0/16"
}
variable "ports" {
  default = [443, 80]
}
locals {
  prefix = "app-\${var.env}"
  tags   = { Env = var.env, Owner = "platform" }
  sizes  = { prod = "m5.large", dev = "t3.micro" }
}
resource "aws_kms_key" "main" {
  enable_key_rotation = true
}
`;
const moduleText = `variable "name" {}
variable "kms" {
  default = null
}
resource "aws_sqs_queue" "q" {
  name              = var.name
  kms_master_key_id = var.kms
}
`;

const perFile = 100;
const files = [{ name: 'main.tf', text: header }];
for (let f = 0; f * perFile < total; f++) {
  const parts = [];
  for (let i = f * perFile; i < Math.min(total, (f + 1) * perFile); i++) parts.push(resource(i));
  files.push({ name: `r${String(f).padStart(3, '0')}.tf`, text: parts.join('\n') });
}
for (const f of files) writeFileSync(join(dir, f.name), f.text);
mkdirSync(join(dir, 'modules', 'queue'), { recursive: true });
writeFileSync(join(dir, 'modules', 'queue', 'main.tf'), moduleText);
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

const best = (n, f) => {
  let min = Infinity;
  let out;
  for (let k = 0; k < n; k++) {
    const t = performance.now();
    out = f();
    min = Math.min(min, performance.now() - t);
  }
  return { ms: min, out };
};
const fmt = (ms) => `${ms.toFixed(0)} ms`;

let t = performance.now();
await loadHclParser();
const loadParserMs = performance.now() - t;
const texts = files.map((f) => ({ path: join(dir, f.name), text: readFileSync(join(dir, f.name), 'utf8') }));
const parse = best(3, () => texts.map((f) => parseHcl(f.path, f.text)));

let instances = 0;
let scenarios = 0;
const evaluate = async () => {
  const docs = texts.map((f) => parseHcl(f.path, f.text));
  const r = await loadModule(dir, docs);
  instances = r.instances.length;
  scenarios = 0;
  for (const i of r.instances) scenarios += explore((s) => i.attributes(s)).runs.length;
};
let loadMs = Infinity;
for (let k = 0; k < 3; k++) {
  t = performance.now();
  await evaluate();
  loadMs = Math.min(loadMs, performance.now() - t);
}

console.log(`configuration: ${total} resource blocks in ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${instances} instances (${scenarios} instance scenarios)`);
console.log(`load tree-sitter + HCL grammar (once): ${fmt(loadParserMs)}`);
console.log(`parse alone:      ${fmt(parse.ms)}  (${(bytes / 1e3 / parse.ms).toFixed(2)} MB/s)`);
console.log(`parse + load + evaluate every instance on every branch: ${fmt(loadMs)}  -> ${(loadMs / parse.ms).toFixed(2)}x parse alone`);

const bin = join(root, 'bin', 'cloudseclint.js');
const run = (args) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { ms: performance.now() - t0, r };
};
const probe = run(['--format', 'json', dir]);
let report;
try {
  report = JSON.parse(probe.r.stdout);
} catch {
  report = undefined;
}
const linted = report?.results?.some((r) => r.kind === 'terraform');
if (!linted) {
  console.log('whole lint: skipped (the CLI does not lint Terraform folders yet, or there is no build: npm run build)');
} else {
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const lintMs = median([0, 1, 2].map(() => run(['--format', 'json', dir]).ms));
  const empty = mkdtempSync(join(tmpdir(), 'cloudseclint-bench-empty-'));
  const coldMs = median([0, 1, 2].map(() => run(['--format', 'json', empty]).ms));
  rmSync(empty, { recursive: true, force: true });
  const findings = report.results.reduce((n, r) => n + r.findings.length, 0);
  console.log(`whole lint (CLI):  ${fmt(lintMs)}  -> ${(lintMs / parse.ms).toFixed(2)}x parse alone; CLI on an empty folder ${fmt(coldMs)}; ${findings} findings`);
}
