import type { Via } from '../model/value.ts';
import { isSecretName } from './secret-name.ts';

/**
 * Values of a secret-named property that name or fetch a secret rather than hold one: dynamic references
 * (`{{resolve:secretsmanager:…}}`), ARNs, parameter paths, a lone placeholder another tool fills in (`${DB_PASSWORD}`,
 * `{{ password }}`), booleans written as text (`'true'` in a CORS header), and enumeration constants of a setting
 * whose name ends like a secret (`RESTRICTED`).
 */
export function namesASecret(text: string): boolean {
  const t = text.trim();
  return (
    t === '' ||
    /\{\{resolve:/.test(t) ||
    /^['"]?(true|false)['"]?$/i.test(t) ||
    /^[A-Z]+(_[A-Z]+)*$/.test(t) ||
    /^arn:aws[\w-]*:/.test(t) ||
    /^\/[\w./-]+$/.test(t) ||
    /^\$\{[^}]*\}$/.test(t) ||
    /^\{\{[^}]*\}\}$/.test(t)
  );
}

/** Where a value came from, for a secret: written in the template (directly or in a default), or given at deploy time. */
export type Origin = { written: true; source?: Via } | { written: false };

/**
 * A parameter or variable value given from outside the template (linter config, --var, a .tfvars file) is an input,
 * like a value typed at deploy time: not a secret written in the template. A parameter's Default or AllowedValues,
 * a mapping, a variable's default, a local or a for_each collection are written in it.
 */
export function originOf(via: Via[] | undefined): Origin {
  for (const v of via ?? []) {
    if (/value given in config|set with --var|set in \S+/.test(v.message)) return { written: false };
  }
  const sources = (via ?? []).filter((v) => /parameter|mapping|variable|local\.|each\.value|argument/.test(v.message));
  // A string built from several parameters (a JSON of user name and password) is told by its secret one.
  const source = sources.find((v) => isSecretName(v.message.replace(/"/g, '').split(' ').pop() ?? '')) ?? sources[0];
  return source ? { written: true, source } : { written: true };
}
