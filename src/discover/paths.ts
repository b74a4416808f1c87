import { isAbsolute, relative, sep } from 'node:path';

function slashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** `child` relative to `parent` with forward slashes, or undefined when `child` is not inside `parent`. */
export function pathInside(parent: string, child: string): string | undefined {
  const rel = relative(parent, child);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return slashes(rel);
}

/** What reports show: relative to the cwd when the file is inside it, else absolute; forward slashes either way. */
export function displayPath(absolute: string, cwd: string): string {
  return pathInside(cwd, absolute) ?? slashes(absolute);
}
