import { isAbsolute, resolve } from 'node:path';
import { ALWAYS_EXCLUDE, DEFAULT_EXTENDS, DEFAULT_INCLUDE, DEFAULT_MAX_FILE_SIZE } from './defaults.ts';
import type { ConfigFile, ResolvedConfig } from './types.ts';

/** Node's rule: a plugin is a local file only when written as a path; anything else is a package name. */
function isLocalPath(spec: string): boolean {
  return spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..' || isAbsolute(spec);
}

/** Fills in defaults and makes paths absolute against `root` (the config file's folder, or the cwd). */
export function resolveConfig(input: ConfigFile, file: string | null, root: string): ResolvedConfig {
  const presets = input.extends === undefined ? DEFAULT_EXTENDS : [input.extends].flat();
  return {
    file,
    root,
    extends: [...new Set(presets)],
    rules: { ...input.rules },
    include: [...(input.include ?? DEFAULT_INCLUDE)],
    exclude: [...new Set([...ALWAYS_EXCLUDE, ...(input.exclude ?? [])])],
    policies: (input.policies ?? []).map((p) => resolve(root, p)),
    plugins: (input.plugins ?? []).map((p) => (isLocalPath(p) ? resolve(root, p) : p)),
    parameters: { ...input.parameters },
    overrides: (input.overrides ?? []).map((o) => ({ ...o })),
    maxFileSize: input.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  };
}
