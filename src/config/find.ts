import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME } from './defaults.ts';
import type { ConfigProblem } from './types.ts';

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** The nearest `.cloudseclintrc.json` in `cwd` or a folder above it, or null. */
export function findConfigFile(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * The config file to use: the one given with `-c` (resolved against the cwd), else the nearest one found by
 * walking up. A `-c` file that does not exist is a problem rather than a fallback, so a typo is not ignored.
 */
export function findConfig(opts: { cwd: string; configPath?: string }): { file: string | null; problem?: ConfigProblem } {
  if (opts.configPath === undefined) return { file: findConfigFile(opts.cwd) };
  const file = resolve(opts.cwd, opts.configPath);
  if (isFile(file)) return { file };
  return {
    file: null,
    problem: { code: 'config/not-found', message: `config file ${opts.configPath} (given with -c) does not exist or is not a file`, path: [], file },
  };
}
