import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compilePolicy } from '../../src/policies/compile.ts';
import { loadPolicyDir } from '../../src/policies/load.ts';
import { BUILTIN_RULES } from '../../src/rules/index.ts';
import { lintTerraformText, lintText } from '../helpers/lint-text.ts';

// Every built-in policy and rule has good and bad fixtures beside it: policies/<area>/fixtures/<name>/{good,bad}*.
// A bad fixture marks each line where a finding is expected: `# expect` in YAML and Terraform (.tf), expect.json
// for JSON. A .tf fixture is a Terraform configuration of its own, read through the evaluator and the mapping.
const root = join(import.meta.dirname, '..', '..', 'policies');
const loaded = loadPolicyDir(root);

test('every built-in policy loads without problems', () => {
  assert.equal(loaded.problems, []);
  assert.ok(loaded.policies.length > 0);
});

function expectedLines(dir: string, file: string, text: string): number[] {
  if (file.endsWith('.json')) {
    const sidecar = join(dir, 'expect.json');
    const all = existsSync(sidecar) ? JSON.parse(readFileSync(sidecar, 'utf8')) : {};
    return [...(all[file] ?? [])].sort((a: number, b: number) => a - b);
  }
  return text.split(/\r?\n/).flatMap((line, i) => (/#\s*expect\b/.test(line) ? [i + 1] : []));
}

// TypeScript rules keep theirs beside their module: src/rules/<area>/fixtures/<rest of the id>/.
const rulesRoot = join(import.meta.dirname, '..', '..', 'src', 'rules');
const subjects = [
  ...loaded.policies.map((source) => ({ rule: compilePolicy(source), dir: join(dirname(source.file), 'fixtures', basename(source.file).replace(/\.ya?ml$/, '')) })),
  ...BUILTIN_RULES.map((rule) => {
    const [area, ...rest] = rule.meta.id.split('/');
    return { rule, dir: join(rulesRoot, area, 'fixtures', ...rest) };
  }),
];

for (const { rule, dir } of subjects) {
  const source = { spec: { id: rule.meta.id } };
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /^(good|bad)/.test(f)) : [];

  test(`${source.spec.id}: has good and bad fixtures`, () => {
    assert.ok(files.some((f) => f.startsWith('good')), `no good fixture in ${dir}`);
    assert.ok(files.some((f) => f.startsWith('bad')), `no bad fixture in ${dir}`);
  });

  for (const file of files) {
    test(`${source.spec.id}: ${file}`, async () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const all = file.endsWith('.tf') ? await lintTerraformText(join(dir, file), text, [rule]) : lintText(join(dir, file), text, [rule]);
      const findings = all.filter((f) => f.ruleId === source.spec.id);
      const lines = [...new Set(findings.map((f) => f.location.start.line))].sort((a, b) => a - b);
      if (file.startsWith('good')) assert.equal(lines, [], `findings on a good fixture: ${findings.map((f) => `${f.location.start.line}: ${f.message}`).join('\n')}`);
      else {
        const expected = expectedLines(dir, file, text);
        assert.ok(expected.length > 0, `bad fixture ${file} marks no expected line`);
        assert.equal(lines, expected, findings.map((f) => `${f.location.start.line}: ${f.message}`).join('\n'));
      }
    });
  }
}

test.run();
