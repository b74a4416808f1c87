import type { TfInstance } from '../instance.ts';

/** `module.a.module.b[0].` for an instance inside modules, '' at the root. */
export function modulePrefix(address: string): string {
  return /^((?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)*)/.exec(address)?.[1] ?? '';
}

/** The address without its own `count`/`for_each` key: `aws_s3_bucket.b[0]` → `aws_s3_bucket.b`. */
export function baseAddress(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '');
}

/**
 * A reference as written inside a module is relative to it; made absolute so it compares with addresses.
 * One that already starts with the module's own prefix is taken as absolute.
 */
export function absolute(ref: string, from: TfInstance): string {
  const prefix = modulePrefix(from.address);
  return prefix === '' || ref.startsWith(prefix) ? ref : prefix + ref;
}
