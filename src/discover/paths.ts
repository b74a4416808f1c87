import { isAbsolute, relative, sep } from 'node:path';

const SEP = sep.charCodeAt(0);

/** Whether an absolute path is in normal form: no `.` or `..` segment, no doubled or trailing separator. */
function normal(path: string): boolean {
  return !path.endsWith(sep) && !path.includes(sep + sep) && !path.includes(`${sep}.${sep}`) && !path.includes(`${sep}..${sep}`) && !path.endsWith(`${sep}.`) && !path.endsWith(`${sep}..`);
}

function slashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** `child` relative to `parent` with forward slashes, or undefined when `child` is not inside `parent`. */
export function pathInside(parent: string, child: string): string | undefined {
  // Discovery's paths are absolute and normalised (resolved, joined): a child that starts with its parent and a
  // separator is the rest of its text, which relative() would also give, after resolving both again.
  if (child.length > parent.length + 1 && child.charCodeAt(parent.length) === SEP && child.startsWith(parent) && isAbsolute(parent) && normal(child)) {
    return slashes(child.slice(parent.length + 1));
  }
  const rel = relative(parent, child);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return slashes(rel);
}

/** What reports show: relative to the cwd when the file is inside it, else absolute; forward slashes either way. */
export function displayPath(absolute: string, cwd: string): string {
  return pathInside(cwd, absolute) ?? slashes(absolute);
}
