import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { adaptTerraform } from '../../src/adapters/terraform/adapter.ts';
import { planInstances } from '../../src/adapters/terraform/plan.ts';
import { kindOf } from '../../src/adapters/kind.ts';
import { runRules } from '../../src/engine/run-rules.ts';
import { firstBranch } from '../../src/model/scenario.ts';
import { compilePolicy } from '../../src/policies/compile.ts';
import { loadPolicyDir } from '../../src/policies/load.ts';
import { BUILTIN_RULES } from '../../src/rules/index.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { shown } from './run.ts';

const rules = [...loadPolicyDir(join(import.meta.dirname, '..', '..', 'policies')).policies.map(compilePolicy), ...BUILTIN_RULES].map((rule) => ({ rule, severity: rule.meta.severity }));

const plan = (text: string, file = 'tfplan.json') => {
  const doc = parseDocument(file, text);
  assert.is(kindOf(doc.root), 'terraform-plan');
  return { doc, instances: planInstances(doc) };
};

const sample = JSON.stringify(
  {
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [
          { address: 'aws_sqs_queue.q', mode: 'managed', type: 'aws_sqs_queue', name: 'q', values: { name: 'jobs', kms_master_key_id: null, policy: null } },
          { address: 'aws_sns_topic.t', mode: 'managed', type: 'aws_sns_topic', name: 't', values: { name: 'alerts' } },
        ],
        child_modules: [
          {
            address: 'module.store',
            resources: [
              { address: 'module.store.aws_ebs_volume.v[0]', mode: 'managed', type: 'aws_ebs_volume', name: 'v', index: 0, values: { encrypted: false, size: 10 } },
            ],
          },
        ],
      },
    },
    resource_changes: [{ address: 'aws_sns_topic.t', change: { actions: ['create'], after: { name: 'alerts' }, after_unknown: { kms_master_key_id: true, arn: true } } }],
  },
  null,
  2,
);

test('planned values of the root and child modules become instances, nulls absent, after_unknown unknown', () => {
  const { instances } = plan(sample);
  assert.equal(instances.map((i) => `${i.address} ${i.module.join('/')} ${i.index ?? ''}`), ['aws_sqs_queue.q  ', 'aws_sns_topic.t  ', 'module.store.aws_ebs_volume.v[0] store 0']);
  assert.equal(shown(instances[0].attributes(firstBranch)), { name: 'jobs' });
  assert.equal(shown(instances[1].attributes(firstBranch)), { name: 'alerts', kms_master_key_id: '?aws_sns_topic.t.kms_master_key_id (known after apply)', arn: '?aws_sns_topic.t.arn (known after apply)' });
});

test('findings point at the plan JSON path and name the address', () => {
  const { doc, instances } = plan(sample);
  const unit = adaptTerraform(instances, new Map([[doc.file, doc]]), doc.file, 'terraform-plan');
  // The sample's volume is attached to nothing on purpose: ebs/volume-attached is left out.
  const found = runRules(unit, rules).filter((f) => !f.ruleId.startsWith('iam/') && f.ruleId !== 'ebs/volume-attached').map((f) => `${f.ruleId} ${f.resource} ${f.location.start.line}`);
  // The topic's key is known after apply: no finding. The queue has none; the volume says encrypted = false.
  assert.equal(found.sort(), ['ebs/encryption-at-rest module.store.aws_ebs_volume.v[0] 38', 'sqs/encryption-at-rest aws_sqs_queue.q 7']);
});

test('s3/mfa-delete reads a plan as a configuration: planned blocks are lists, a value known after apply is not reported', () => {
  const bucket = (name: string, versioning: unknown[]) => ({ address: `aws_s3_bucket.${name}`, mode: 'managed', type: 'aws_s3_bucket', name, values: { bucket: `acme-${name}`, versioning } });
  const versioning = (name: string, config: Record<string, unknown>) => ({
    address: `aws_s3_bucket_versioning.${name}`,
    mode: 'managed',
    type: 'aws_s3_bucket_versioning',
    name,
    values: { bucket: `acme-${name}`, versioning_configuration: [config] },
  });
  const text = JSON.stringify(
    {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            // AWS provider 3: the inline block, as the provider plans it.
            bucket('legacy', [{ enabled: true, mfa_delete: false }]),
            bucket('records', []),
            versioning('records', { status: 'Enabled', mfa_delete: 'Disabled' }),
            bucket('locked', []),
            versioning('locked', { status: 'Enabled', mfa_delete: 'Enabled' }),
            bucket('fresh', []),
            versioning('fresh', { status: 'Enabled' }),
          ],
        },
      },
      resource_changes: [{ address: 'aws_s3_bucket_versioning.fresh', change: { actions: ['create'], after_unknown: { versioning_configuration: [{ mfa_delete: true }] } } }],
    },
    null,
    2,
  );
  const { doc, instances } = plan(text);
  const unit = adaptTerraform(instances, new Map([[doc.file, doc]]), doc.file, 'terraform-plan');
  const mfa = rules.filter((r) => r.rule.meta.id === 's3/mfa-delete');
  const found = runRules(unit, mfa).map((f) => `${f.resource} ${doc.text.split('\n')[f.location.start.line - 1].trim()}`);
  assert.equal(found.sort(), ['aws_s3_bucket.legacy "mfa_delete": false', 'aws_s3_bucket.records "mfa_delete": "Disabled"']);
});

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'tfplan');
const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n.endsWith('.json') ? [join(dir, n)] : []));

test('every plan of the corpus is read and linted without a crash, in reasonable time', () => {
  const files = walk(corpus);
  assert.ok(files.length >= 50, `corpus has ${files.length} plans`);
  for (const f of files) {
    const started = performance.now();
    const doc = parseDocument(relative(corpus, f), readFileSync(f, 'utf8'));
    const kind = kindOf(doc.root);
    assert.is(kind, 'terraform-plan', `${f} is read as ${kind}`);
    const unit = adaptTerraform(planInstances(doc), new Map([[doc.file, doc]]), doc.file, 'terraform-plan');
    runRules(unit, rules);
    const ms = performance.now() - started;
    assert.ok(ms < 5000, `${f} took ${ms.toFixed(0)} ms`);
  }
});

test.run();
