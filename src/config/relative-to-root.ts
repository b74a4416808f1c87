import { relative, sep } from 'node:path';
import type { ResolvedConfig } from './types.ts';

/** A file's path relative to the config's folder, with forward slashes: what `overrides[].files` globs match. */
export function relativeToRoot(config: ResolvedConfig, absolute: string): string {
  const rel = relative(config.root, absolute);
  return sep === '/' ? rel : rel.split(sep).join('/');
}
