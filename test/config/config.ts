import { resolveConfig } from '../../src/config/resolve.ts';
import type { ConfigFile, ResolvedConfig } from '../../src/config/types.ts';

/** A resolved config rooted at /repo, as loadConfig would return for this file content. */
export function configOf(input: ConfigFile, file: string | null = '/repo/.cloudseclintrc.json'): ResolvedConfig {
  return resolveConfig(input, file, '/repo');
}
