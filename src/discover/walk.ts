import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

export interface WalkOptions {
  /** True for a folder that must not be read at all. `rel` is relative to the walk's root, forward slashes. */
  skipDir(rel: string): boolean;
  /** True for a file (or a symlink that may be one) to keep. */
  keepFile(rel: string): boolean;
}

export interface Walked {
  absolute: string;
  rel: string;
}

/**
 * Lists the files under `root` that `keepFile` accepts. Symlinks are kept as candidates for the caller to stat,
 * since only a stat tells a linked file from a linked folder; linked folders are never entered, which rules out
 * loops. Folders that cannot be read are reported, not thrown.
 *
 * Synchronous: on a local disk a readdir takes microseconds, and the thread pool and the promises of the
 * asynchronous calls cost more than they save (discovering the AWS samples, 85 folders and 312 files with their
 * stats: 16-24 ms asynchronous, about 6 ms synchronous).
 */
export function walk(root: string, opts: WalkOptions): { files: Walked[]; unreadable: { dir: string; reason: string }[] } {
  const files: Walked[] = [];
  const unreadable: { dir: string; reason: string }[] = [];

  function visit(dir: string, relDir: string): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      unreadable.push({ dir, reason: (err as NodeJS.ErrnoException).code ?? String(err) });
      return;
    }
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!opts.skipDir(rel)) visit(join(dir, entry.name), rel);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && opts.keepFile(rel)) {
        files.push({ absolute: join(dir, entry.name), rel });
      }
    }
  }

  visit(root, '');
  return { files, unreadable };
}
