import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadConfig } from '../../src/config/load.ts';
import type { DiscoveredFile } from '../../src/discover/file.ts';
import { createHooks } from '../../src/pipeline/hooks.ts';
import { lintFiles } from '../../src/pipeline/lint.ts';
import { buildRegistry } from '../../src/pipeline/registry.ts';

// Files found by walking a folder are not parsed when their text cannot be a template, a policy or a plan; the
// report must be what parsing them would have given.
const FILES: Record<string, string> = {
  'k8s.yaml': 'apiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: Secret\n',
  'broken.yaml': 'a: [unclosed\n',
  'package.json': '{ "name": "x", "version": "1.0.0" }',
  'binary.json': '\u0000\u0001\u0002',
  'template.yaml': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n',
  'broken-template.yaml': 'Resources:\n  B: [\n',
  'policy-without-statements.json': '{ "Version": "2012-10-17" }',
  'sam.yaml': 'Transform: AWS::Serverless-2016-10-31\nGlobals: {}\n',
  'plan.json': JSON.stringify({ format_version: '1.2', planned_values: { root_module: { resources: [] } } }),
};

async function run(explicit: boolean, tapDocument: boolean) {
  const { config } = loadConfig({ cwd: '/nonexistent', configPath: undefined });
  const { registry } = buildRegistry(config.policies, []);
  const hooks = createHooks();
  const seen: string[] = [];
  if (tapDocument) hooks.document.tapPromise('test', async (doc) => (seen.push(doc.file), doc));
  const files: DiscoveredFile[] = Object.keys(FILES).map((name) => ({ absolute: `/virtual/${name}`, display: name, size: FILES[name].length, ...(explicit ? { explicit: true } : {}) }));
  const contents = new Map(Object.keys(FILES).map((name) => [`/virtual/${name}`, FILES[name]]));
  const report = await lintFiles({ files, skipped: 0, config, registry, hooks, version: 'test', contents });
  return { report, seen };
}

test('walked files that cannot be ours are skipped unparsed, with the same report as when every file is parsed', async () => {
  const sniffed = await run(false, false);
  const parsed = await run(false, true);
  assert.equal(sniffed.report, parsed.report);
  assert.equal(parsed.seen.length, Object.keys(FILES).length, 'a plugin tapping `document` sees every file');
  const linted = sniffed.report.results.map((r) => `${r.file} ${r.kind}`).sort();
  assert.equal(linted, ['broken-template.yaml unknown', 'plan.json terraform-plan', 'policy-without-statements.json iam-policy', 'sam.yaml cloudformation', 'template.yaml cloudformation']);
  assert.is(sniffed.report.summary.skipped, 4);
});

test('files named on the command line are always parsed: a broken one is reported', async () => {
  const { report } = await run(true, false);
  const broken = report.results.find((r) => r.file === 'broken.yaml');
  assert.ok(broken, 'broken.yaml is reported when named');
  assert.is(broken!.findings[0].ruleId, 'parse-error');
});

test.run();
