import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/package-root.ts';
import type { LoadedPolicies } from './load.ts';
import { loadPolicyDir } from './load.ts';
import type { PolicySource } from './types.ts';

/** Defined by the esbuild bundle (scripts/build.mjs); absent when running from source. */
declare const __CLOUDSECLINT_BUNDLE__: boolean | undefined;

/**
 * The built-in policies. The build validates policies/ once and writes them to dist/builtin-policies.json, so
 * a run reads one JSON file instead of parsing and validating YAML; from a source checkout without a build,
 * they are read from policies/ as user policies are.
 */
export function loadBuiltinPolicies(): LoadedPolicies {
  const root = packageRoot();
  const prebuilt = join(root, 'dist', 'builtin-policies.json');
  if (typeof __CLOUDSECLINT_BUNDLE__ !== 'undefined' && existsSync(prebuilt)) {
    const policies = JSON.parse(readFileSync(prebuilt, 'utf8')) as PolicySource[];
    return { policies: policies.map((p) => ({ ...p, file: join(root, p.file) })), problems: [] };
  }
  return loadPolicyDir(join(root, 'policies'));
}
