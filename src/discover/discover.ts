import { statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { Minimatch } from 'minimatch';
import type { DiscoveredFile } from './file.ts';
import { isGlob, splitGlob } from './glob-arg.ts';
import { GlobSet } from './glob-set.ts';
import { displayPath, pathInside } from './paths.ts';
import { sizeWarning } from './size.ts';
import { walk, type WalkOptions } from './walk.ts';

export interface DiscoverOptions {
  cwd: string;
  /** Globs of files to keep when walking a folder. */
  include: string[];
  /** Globs of files to leave out; a glob that covers a folder leaves out everything in it, unread. */
  exclude: string[];
  maxFileSize: number;
  /**
   * Folder the include and exclude globs are written relative to: the config's folder. Files under it are
   * matched by their path from it, so `exclude: ["stacks/legacy/**"]` holds whichever folder is linted.
   * Files elsewhere, and all files when this is not given, are matched by their path from the folder walked.
   */
  root?: string;
}

export interface DiscoveryWarning {
  /** Display path of the file or folder. */
  file: string;
  message: string;
}

export interface DiscoveryResult {
  files: DiscoveredFile[];
  warnings: DiscoveryWarning[];
  /** Arguments that matched no file: the CLI reports them as a usage error. */
  missing: string[];
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class Discovery {
  readonly include: GlobSet;
  readonly exclude: GlobSet;
  /** Absolute path → size, when a stat has already given it. */
  readonly found = new Map<string, number | undefined>();
  readonly warnings = new Map<string, DiscoveryWarning>();
  /** Files named on the command line: what they are is reported even when it is not a template. */
  readonly explicit = new Set<string>();

  constructor(readonly opts: DiscoverOptions) {
    this.include = new GlobSet(opts.include);
    this.exclude = new GlobSet(opts.exclude);
  }

  warn(absolute: string, message: string): void {
    const file = displayPath(absolute, this.opts.cwd);
    this.warnings.set(`${file}\0${message}`, { file, message });
  }

  /** Path of `absolute` as the include/exclude globs see it, from the root or else from `fallback`. */
  globPath(absolute: string, fallback: string): string | undefined {
    const fromRoot = this.opts.root === undefined ? undefined : pathInside(this.opts.root, absolute);
    return fromRoot ?? pathInside(fallback, absolute);
  }

  /** Expands one argument; false when it matched nothing. */
  expand(arg: string): boolean {
    const absolute = resolve(this.opts.cwd, arg);
    const stats = stat(absolute);
    if (stats?.isFile()) return this.explicitFile(absolute, stats.size);
    if (stats?.isDirectory()) return this.folder(absolute);
    // A path that exists is taken literally even with glob characters, as in `stacks/[prod].json`.
    if (!stats && isGlob(arg)) return this.glob(arg);
    return false;
  }

  /** Named on the command line: linted whatever its extension, but an exclude still applies (as in eslint). */
  explicitFile(absolute: string, size: number): boolean {
    const path = this.globPath(absolute, this.opts.cwd);
    const hit = path === undefined ? undefined : this.exclude.matchWithParents(path);
    if (hit) this.warn(absolute, `skipped: matches the exclude pattern "${hit}"`);
    else {
      this.found.set(absolute, size);
      this.explicit.add(absolute);
    }
    return true;
  }

  folder(absolute: string): boolean {
    const prefix = this.globPath(absolute, absolute) ?? '';
    const hit = prefix ? this.exclude.matchWithParents(prefix, true) : undefined;
    if (hit) {
      this.warn(absolute, `skipped: the folder matches the exclude pattern "${hit}"`);
      return true;
    }
    const at = (rel: string) => (prefix ? `${prefix}/${rel}` : rel);
    return this.walkFrom(absolute, {
      skipDir: (rel) => this.exclude.matchDir(at(rel)) !== undefined,
      keepFile: (rel) => this.include.match(at(rel)) !== undefined && this.exclude.match(at(rel)) === undefined,
    });
  }

  /** The glob names the files wanted, so include does not apply; exclude does. */
  glob(arg: string): boolean {
    const { base, pattern } = splitGlob(arg);
    const absolute = resolve(this.opts.cwd, base);
    if (!stat(absolute)?.isDirectory()) return false;
    const glob = new Minimatch(pattern, { dot: true });
    const prefix = this.globPath(absolute, absolute) ?? '';
    const at = (rel: string) => (prefix ? `${prefix}/${rel}` : rel);
    return this.walkFrom(absolute, {
      // A partial match tells whether anything below this folder could still match the glob.
      skipDir: (rel) => !glob.match(rel, true) || this.exclude.matchDir(at(rel)) !== undefined,
      keepFile: (rel) => glob.match(rel) && this.exclude.match(at(rel)) === undefined,
    });
  }

  walkFrom(absolute: string, opts: WalkOptions): boolean {
    const { files, unreadable } = walk(absolute, opts);
    for (const { dir, reason } of unreadable) this.warn(dir, `skipped: cannot read the folder (${reason})`);
    for (const file of files) if (!this.found.has(file.absolute)) this.found.set(file.absolute, undefined);
    return files.length > 0;
  }

  /** Sizes for walked files (one stat each), then the size limit. */
  finish(): DiscoveredFile[] {
    const sized = [...this.found].map(([absolute, size]) => {
      if (size !== undefined) return { absolute, size };
      const stats = stat(absolute);
      // A symlink to a folder, or a broken one, is not a file to lint.
      return stats?.isFile() ? { absolute, size: stats.size } : undefined;
    });
    const files: DiscoveredFile[] = [];
    for (const file of sized) {
      if (!file) continue;
      if (file.size > this.opts.maxFileSize) this.warn(file.absolute, sizeWarning(file.size, this.opts.maxFileSize));
      else files.push({ ...file, display: displayPath(file.absolute, this.opts.cwd), ...(this.explicit.has(file.absolute) ? { explicit: true } : {}) });
    }
    return files.sort((a, b) => byText(a.display, b.display));
  }
}

/**
 * Turns command-line arguments (files, folders, globs; `.` when there are none) into the files to lint,
 * sorted by display path and without duplicates.
 */
export async function discover(args: string[], opts: DiscoverOptions): Promise<DiscoveryResult> {
  const discovery = new Discovery({ ...opts, cwd: resolve(opts.cwd), root: opts.root === undefined ? undefined : resolve(opts.root) });
  const list = args.length ? args : ['.'];
  const matched = list.map((arg) => discovery.expand(arg));
  const files = discovery.finish();
  const warnings = [...discovery.warnings.values()].sort((a, b) => byText(a.file, b.file) || byText(a.message, b.message));
  return { files, warnings, missing: list.filter((_, i) => !matched[i]) };
}

/** fs.stat, undefined when the path cannot be stat'ed. Synchronous, as the walk is (see walk.ts). */
function stat(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? undefined;
  } catch {
    return undefined;
  }
}
