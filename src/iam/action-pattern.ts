import type { CatalogAction } from './catalog.ts';
import { serviceActions, servicePrefixes } from './catalog.ts';

/** IAM action patterns are case-insensitive globs with `*` and `?`. */
export function globToRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

/**
 * The catalog actions an action pattern (`s3:Get*`, `*`) matches. Null when the service prefix is unknown;
 * an empty list when the prefix is known but nothing matches.
 */
export function expandAction(pattern: string): CatalogAction[] | null {
  if (pattern === '*') return servicePrefixes().flatMap((p) => serviceActions(p) ?? []);
  const colon = pattern.indexOf(':');
  if (colon < 0) return null;
  const prefix = pattern.slice(0, colon);
  const re = globToRegExp(pattern.slice(colon + 1));
  if (/[*?]/.test(prefix)) {
    const pre = globToRegExp(prefix);
    return servicePrefixes().filter((p) => pre.test(p)).flatMap((p) => (serviceActions(p) ?? []).filter((a) => re.test(a.name)));
  }
  const actions = serviceActions(prefix);
  return actions ? actions.filter((a) => re.test(a.name)) : null;
}
