import { resolve } from 'node:path';
import { matchingOverrides, settingsForFile } from './for-file.ts';
import { relativeToRoot } from './relative-to-root.ts';
import type { ResolvedConfig } from './types.ts';

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * `--print-config FILE`: the settings that apply to one file, as JSON, so a user can see which overrides matched
 * and what a rule ends up at. `file` is resolved against `cwd`.
 */
export function printConfig(config: ResolvedConfig, file: string, cwd: string = process.cwd()): string {
  const fromRoot = relativeToRoot(config, resolve(cwd, file));
  const settings = settingsForFile(config, fromRoot);
  const effective = {
    file: fromRoot,
    configFile: config.file,
    root: config.root,
    extends: config.extends,
    rules: sortedKeys(settings.rules),
    parameters: sortedKeys(settings.parameters),
    matchedOverrides: matchingOverrides(config, fromRoot).map((i) => ({ index: i, files: config.overrides[i].files })),
    include: config.include,
    exclude: config.exclude,
    policies: config.policies,
    plugins: config.plugins,
    maxFileSize: config.maxFileSize,
  };
  return `${JSON.stringify(effective, null, 2)}\n`;
}
