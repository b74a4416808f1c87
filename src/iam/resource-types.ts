import { catalogJson, isServiceName } from './catalog-data.ts';

/** A resource type of AWS's Service Authorization Reference: its ARN format and the condition keys it supports. */
export interface CatalogResourceType {
  name: string;
  /** `arn:${Partition}:s3:::${BucketName}/${ObjectName}` */
  arn: string;
  conditionKeys: string[];
}

interface RawResourceType {
  key: string;
  arn: string;
  conditionKeys?: string[];
}

const byService = new Map<string, Map<string, CatalogResourceType> | null>();

/** The resource types of a service prefix, by lower-case name; null for an unknown prefix. */
export function serviceResourceTypes(prefix: string): Map<string, CatalogResourceType> | null {
  const key = prefix.toLowerCase();
  if (byService.has(key)) return byService.get(key)!;
  const raw = isServiceName(key) ? catalogJson<Record<string, RawResourceType>>(`resourceTypes/${key}.json`) : undefined;
  const types = raw ? new Map(Object.values(raw).map((r) => [r.key.toLowerCase(), { name: r.key, arn: r.arn, conditionKeys: r.conditionKeys ?? [] }])) : null;
  byService.set(key, types);
  return types;
}

/** One resource type of a service by name (as actions list them), or undefined. */
export function resourceType(prefix: string, name: string): CatalogResourceType | undefined {
  return serviceResourceTypes(prefix)?.get(name.toLowerCase());
}
