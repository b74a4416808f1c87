import { join } from 'node:path';
import type { FrameworkName } from '../../src/compliance/frameworks.ts';
import { startCompliance } from '../../src/compliance/session.ts';
import type { ComplianceReport, ControlResult } from '../../src/compliance/types.ts';
import { resolveConfig } from '../../src/config/resolve.ts';
import type { ConfigFile } from '../../src/config/types.ts';
import { discover } from '../../src/discover/discover.ts';
import { createHooks } from '../../src/pipeline/hooks.ts';
import { lintFiles } from '../../src/pipeline/lint.ts';
import { buildRegistry } from '../../src/pipeline/registry.ts';

export const fixtures = join(import.meta.dirname, '..', 'fixtures', 'compliance');

/** The compliance report over one folder of test/fixtures/compliance, as the CLI makes it, with a config given as written. */
export async function complianceOf(folder: string, framework: FrameworkName, input: ConfigFile = {}): Promise<ComplianceReport & { control(id: string): ControlResult }> {
  const dir = join(fixtures, folder);
  const config = resolveConfig(input, join(dir, '.cloudseclintrc.json'), dir);
  const { registry, problems } = buildRegistry([], []);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('; '));
  const hooks = createHooks();
  const session = startCompliance(framework, config, registry, hooks);
  const found = await discover(['.'], { cwd: dir, root: dir, include: config.include, exclude: config.exclude, maxFileSize: config.maxFileSize });
  const report = await lintFiles({ files: found.files, skipped: 0, config: session.config, registry, hooks, version: 'test' });
  const out = session.finish(report, found.files);
  return {
    ...out,
    control(id) {
      const c = out.controls.find((x) => x.id === id);
      if (!c) throw new Error(`no control ${id}`);
      return c;
    },
  };
}
