import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Rule } from '../../src/engine/rule.ts';
import { compilePolicy } from '../../src/policies/compile.ts';
import { loadBuiltinPolicies } from '../../src/policies/builtin.ts';
import { BUILTIN_RULES } from '../../src/rules/index.ts';
import { lintTerraformText, lintText } from '../helpers/lint-text.ts';

// The "How to fix" snippets of the rule pages (docs/rules) are the rule's own examples: each must be what the rule
// accepts. A CloudFormation snippet is one or more resources, linted as the Resources of a template; a Terraform
// snippet is a configuration of its own.
const rules: { rule: Rule; examples: { cloudformation?: string; terraform?: string } }[] = [
  ...loadBuiltinPolicies().policies.map((p) => ({ rule: compilePolicy(p), examples: p.spec.examples ?? {} })),
  ...BUILTIN_RULES.map((r) => ({ rule: r, examples: r.examples ?? {} })),
];

const template = (snippet: string) =>
  /^(AWSTemplateFormatVersion|Resources|Parameters|Conditions|Transform):/m.test(snippet)
    ? snippet
    : `Resources:\n${snippet.replace(/^(?=.)/gm, '  ')}`;

const cfnFindings = (rule: Rule, snippet: string) => lintText('example.yaml', template(snippet), [rule]).filter((f) => f.ruleId === rule.meta.id);

test('the harness sees a snippet that breaks the rule', async () => {
  const versioning = rules.find((r) => r.rule.meta.id === 's3/versioning-enabled')!.rule;
  assert.is(cfnFindings(versioning, 'Bucket:\n  Type: AWS::S3::Bucket\n').length, 1);
  const dir = mkdtempSync(join(tmpdir(), 'cloudseclint-examples-'));
  try {
    const text = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n';
    writeFileSync(join(dir, 'main.tf'), text);
    assert.is((await lintTerraformText(join(dir, 'main.tf'), text, [versioning])).filter((f) => f.ruleId === 's3/versioning-enabled').length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every CloudFormation fix snippet passes its rule', () => {
  const failing: string[] = [];
  let checked = 0;
  for (const { rule, examples } of rules) {
    if (!examples.cloudformation) continue;
    checked++;
    const findings = cfnFindings(rule, examples.cloudformation);
    if (findings.length > 0) failing.push(`${rule.meta.id}: ${findings.map((f) => `${f.location.start.line}: ${f.message}`).join('; ')}`);
  }
  assert.equal(failing, []);
  assert.ok(checked >= 329, `${checked} CloudFormation snippets`);
});

test('every Terraform fix snippet passes its rule', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cloudseclint-examples-'));
  const failing: string[] = [];
  let checked = 0;
  try {
    for (const { rule, examples } of rules) {
      if (!examples.terraform) continue;
      checked++;
      const sub = join(dir, rule.meta.id.replace(/\//g, '_'));
      mkdirSync(sub);
      const file = join(sub, 'main.tf');
      writeFileSync(file, examples.terraform);
      const findings = (await lintTerraformText(file, examples.terraform, [rule])).filter((f) => f.ruleId === rule.meta.id);
      if (findings.length > 0) failing.push(`${rule.meta.id}: ${findings.map((f) => `${f.location.start.line}: ${f.message}`).join('; ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.equal(failing, []);
  assert.ok(checked >= 333, `${checked} Terraform snippets`);
});

test('every rule shows a fix for each kind of template it judges', () => {
  const judges = (rule: Rule, kind: 'cloudformation' | 'terraform') => rule.meta.formats?.includes(kind) ?? true;
  const missing = rules.flatMap(({ rule, examples }) => [
    ...(judges(rule, 'cloudformation') && !examples.cloudformation ? [`${rule.meta.id}: CloudFormation`] : []),
    ...(judges(rule, 'terraform') && !examples.terraform ? [`${rule.meta.id}: Terraform`] : []),
  ]);
  assert.equal(missing, []);
});

test.run();
