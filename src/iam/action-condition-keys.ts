import type { CatalogAction } from './catalog.ts';
import { serviceActions } from './catalog.ts';
import { KeySet } from './key-set.ts';
import { resourceType, serviceResourceTypes } from './resource-types.ts';

const perAction = new WeakMap<CatalogAction, KeySet<true>>();
const listedByService = new Map<string, KeySet<true>>();

/** The condition keys an action supports: its own and those of the resource types it acts on. */
export function actionConditionKeys(action: CatalogAction): KeySet<true> {
  let keys = perAction.get(action);
  if (!keys) {
    const names = [...action.conditionKeys, ...action.resourceTypes.flatMap((t) => resourceType(action.service, t)?.conditionKeys ?? [])];
    keys = new KeySet(names.map((n) => [n, true]));
    perAction.set(action, keys);
  }
  return keys;
}

/**
 * Whether a key the service defines is listed for none of its actions and resource types. The reference then
 * says nothing of where it applies, so it is taken to apply to every action of the service.
 */
export function isServiceWideKey(service: string, key: string): boolean {
  const s = service.toLowerCase();
  let listed = listedByService.get(s);
  if (!listed) {
    const names = [...(serviceActions(s) ?? []).flatMap((a) => a.conditionKeys), ...[...(serviceResourceTypes(s)?.values() ?? [])].flatMap((t) => t.conditionKeys)];
    listed = new KeySet(names.map((n) => [n, true]));
    listedByService.set(s, listed);
  }
  return !listed.has(key);
}
