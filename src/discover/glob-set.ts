import { Minimatch } from 'minimatch';

// Dotfiles match like any other file: `.github/workflows/x.yml` and `.aws/*.json` are ordinary places for templates.
const OPTIONS = { dot: true } as const;

/** A stand-in for "any child" when asking whether a glob covers everything under a folder. */
const ANY_CHILD = '\u0000';

/** Globs compiled once, matched against relative paths with forward slashes. */
export class GlobSet {
  private readonly matchers: Minimatch[];

  constructor(readonly patterns: readonly string[]) {
    this.matchers = patterns.map((p) => new Minimatch(p, OPTIONS));
  }

  /** The first pattern matching `path`, if any. */
  match(path: string): string | undefined {
    return this.matchers.find((m) => m.match(path))?.pattern;
  }

  /**
   * The first pattern that covers the folder `dir`: one matching the folder itself (`**\/build`) or anything in it
   * (`**\/node_modules/**`). Such a folder need not be read at all.
   */
  matchDir(dir: string): string | undefined {
    const child = `${dir}/${ANY_CHILD}`;
    return this.matchers.find((m) => m.match(dir) || m.match(child))?.pattern;
  }

  /** The first pattern covering `path` or a folder above it; `path` is itself a folder when `isDir`. */
  matchWithParents(path: string, isDir = false): string | undefined {
    const segments = path.split('/');
    for (let i = 1; i < segments.length; i++) {
      const hit = this.matchDir(segments.slice(0, i).join('/'));
      if (hit) return hit;
    }
    return isDir ? this.matchDir(path) : this.match(path);
  }
}
