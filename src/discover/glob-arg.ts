const MAGIC = /[*?[{]/;

export function isGlob(arg: string): boolean {
  return MAGIC.test(arg);
}

/**
 * Splits a glob argument into the folder to walk (the segments before the first one with glob characters)
 * and the pattern to match against paths relative to that folder: `stacks/**\/*.yaml` → `stacks` + `**\/*.yaml`.
 */
export function splitGlob(arg: string): { base: string; pattern: string } {
  const segments = arg.split('/');
  const first = segments.findIndex((s) => MAGIC.test(s));
  const base = segments.slice(0, first).join('/') || (arg.startsWith('/') ? '/' : '.');
  return { base, pattern: segments.slice(first).join('/') };
}
