import type { CatalogAction } from './catalog.ts';
import { serviceActions, servicePrefixes } from './catalog.ts';

const regexps = new Map<string, RegExp>();
const expansions = new Map<string, CatalogAction[] | null>();

/** IAM action patterns are case-insensitive globs with `*` and `?`. Compiled once per pattern. */
export function globToRegExp(pattern: string): RegExp {
  let re = regexps.get(pattern);
  if (!re) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    regexps.set(pattern, (re = new RegExp(`^${body}$`, 'i')));
  }
  return re;
}

/**
 * The catalog actions an action pattern (`s3:Get*`, `*`) matches. Null when the service prefix is unknown;
 * an empty list when the prefix is known but nothing matches.
 */
export function expandAction(pattern: string): CatalogAction[] | null {
  // The same few patterns recur across every policy of a run; the catalog does not change during one.
  let out = expansions.get(pattern);
  if (out === undefined) expansions.set(pattern, (out = expand(pattern)));
  return out;
}

/** The names of a service's actions in lower case, made once per service. */
const lowered = new WeakMap<CatalogAction[], string[]>();
function lowerNames(actions: CatalogAction[]): string[] {
  let names = lowered.get(actions);
  if (!names) lowered.set(actions, (names = actions.map((a) => a.name.toLowerCase())));
  return names;
}

function expand(pattern: string): CatalogAction[] | null {
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
  if (!actions) return null;
  // A name, or a name's start then `*`, the usual forms: compared without a regular expression (ASCII only, where
  // lower case compares as the expression's `i` flag does).
  const name = pattern.slice(colon + 1);
  if (/^[\x20-\x7e]*$/.test(name) && !/[?]/.test(name)) {
    const star = name.indexOf('*');
    const lower = name.toLowerCase();
    const names = lowerNames(actions);
    if (star < 0) return actions.filter((_, i) => names[i] === lower);
    if (star === name.length - 1) {
      const start = lower.slice(0, -1);
      return actions.filter((_, i) => names[i].startsWith(start));
    }
  }
  return actions.filter((a) => re.test(a.name));
}
