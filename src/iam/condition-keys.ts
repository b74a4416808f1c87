import { catalogJson, isServiceName } from './catalog-data.ts';
import { servicePrefixes } from './catalog.ts';
import type { ConditionKeyInfo } from './global-condition-keys.ts';
import { globalConditionKey, globalConditionKeyNames } from './global-condition-keys.ts';
import { KeySet } from './key-set.ts';
import { suggestName } from './suggest.ts';

export type KeyLookup =
  /** `services`: where the key is defined (empty for a global key). */
  | { status: 'known'; info: ConditionKeyInfo; global: boolean; services: string[] }
  /** `scope`: the service or provider searched, for messages. */
  | { status: 'unknown'; problem: 'noPrefix' | 'unknownPrefix' | 'unknownKey'; scope: string; suggestion?: string }
  /** A key of an identity provider the catalog does not describe: its claims cannot be checked. */
  | { status: 'unjudged' };

interface RawKey {
  key: string;
  type: string;
}

/**
 * Claims IAM accepts for any OpenID Connect provider (`<provider>:sub`); the catalog lists only the extra ones of
 * a few providers, and not even `token.actions.githubusercontent.com:sub`.
 */
const OIDC_CLAIMS = new Set(['aud', 'sub', 'amr', 'azp', 'oaud', 'email']);

const byService = new Map<string, KeySet<ConditionKeyInfo> | null>();

/** The condition keys a service defines, from conditionKeys/<service>.json; null for an unknown prefix. */
export function serviceConditionKeys(service: string): KeySet<ConditionKeyInfo> | null {
  const s = service.toLowerCase();
  if (byService.has(s)) return byService.get(s)!;
  const raw = isServiceName(s) ? catalogJson<Record<string, RawKey>>(`conditionKeys/${s}.json`) : undefined;
  const set = raw ? new KeySet(Object.values(raw).map((k) => [k.key, { key: k.key, types: [k.type] }])) : null;
  byService.set(s, set);
  return set;
}

let providers: [RegExp, string[]][] | undefined;

/**
 * Services whose files define the keys of a prefix that is not itself a service: `saml:` and identity providers
 * (`token.actions.githubusercontent.com:`) are sts keys, written with the provider's name.
 */
function providerServices(prefix: string): string[] {
  providers ??= Object.entries(catalogJson<Record<string, string[]>>('unassociatedConditions.json') ?? {}).map(([p, services]) => [KeySet.pattern(p), services]);
  return providers.filter(([re]) => re.test(prefix)).flatMap(([, s]) => s);
}

/**
 * What the catalog knows of a condition key: global (`aws:SourceIp`), defined by a service (`s3:prefix`) or by an
 * identity provider's service, or unknown, with the nearest real key when one is close.
 */
export function lookupConditionKey(key: string): KeyLookup {
  const global = globalConditionKey(key);
  if (global) return { status: 'known', info: global, global: true, services: [] };
  const colon = key.indexOf(':');
  if (colon <= 0) return { status: 'unknown', problem: 'noPrefix', scope: key };
  const prefix = key.slice(0, colon).toLowerCase();
  if (prefix === 'aws') return { status: 'unknown', problem: 'unknownKey', scope: 'aws', ...suggest(key, globalConditionKeyNames()) };
  const own = serviceConditionKeys(prefix) ? [prefix] : [];
  const services = [...own, ...providerServices(prefix)];
  for (const s of services) {
    const info = serviceConditionKeys(s)?.get(key);
    if (info) return { status: 'known', info, global: false, services: [s] };
  }
  const provider = own.length === 0 && /[./]/.test(prefix);
  if (provider && OIDC_CLAIMS.has(key.slice(colon + 1).toLowerCase())) return { status: 'known', info: { key, types: ['String'] }, global: false, services: ['sts'] };
  if (services.length === 0) {
    if (provider) return { status: 'unjudged' };
    return { status: 'unknown', problem: 'unknownPrefix', scope: prefix, ...suggest(prefix, servicePrefixes()) };
  }
  const written = key.slice(0, colon);
  const claims = provider ? [...OIDC_CLAIMS].map((c) => `${written}:${c}`) : [];
  const sameScope = [...services.flatMap((s) => serviceConditionKeys(s)?.names() ?? []).filter((k) => k.toLowerCase().startsWith(`${prefix}:`)), ...claims];
  return { status: 'unknown', problem: 'unknownKey', scope: written, ...suggest(key, sameScope) };
}

function suggest(word: string, candidates: Iterable<string>): { suggestion?: string } {
  const s = suggestName(word, candidates);
  return s ? { suggestion: s } : {};
}
