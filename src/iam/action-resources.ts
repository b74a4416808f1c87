import { formatTokens } from './arn-pattern.ts';
import type { CatalogAction } from './catalog.ts';
import type { GlobToken } from './glob-intersect.ts';
import { char, globsIntersect } from './glob-intersect.ts';
import { resourceType } from './resource-types.ts';

const formats = new Map<string, GlobToken[]>();
const STAR = [char('*')];
/** Verdicts per ARN format and Resource pattern: the same pairs recur across the statements of a run. */
const intersections = new WeakMap<GlobToken[], WeakMap<GlobToken[], boolean>>();

function intersects(format: GlobToken[], resource: GlobToken[]): boolean {
  let row = intersections.get(format);
  if (!row) intersections.set(format, (row = new WeakMap()));
  let v = row.get(resource);
  if (v === undefined) row.set(resource, (v = globsIntersect(format, resource)));
  return v;
}

/**
 * Whether an action can apply to at least one of these Resource patterns. An action scoped to resource types
 * needs a pattern that can match one of their ARN formats; an action without any (s3:ListAllMyBuckets) is
 * authorised against `*` itself, so it needs a pattern that matches "*". A resource type the reference names
 * without describing gives no verdict: the action is taken to apply.
 */
export function actionApplies(action: CatalogAction, resources: GlobToken[][]): boolean {
  if (action.resourceTypes.length === 0) return resources.some((r) => globsIntersect(r, STAR));
  return action.resourceTypes.some((name) => {
    const type = resourceType(action.service, name);
    if (!type) return true;
    let f = formats.get(type.arn);
    if (!f) formats.set(type.arn, (f = formatTokens(type.arn)));
    return resources.some((r) => intersects(f, r));
  });
}

/** The ARN formats of an action's resource types, for messages. */
export function actionFormats(action: CatalogAction): string[] {
  return action.resourceTypes.map((name) => resourceType(action.service, name)?.arn ?? name);
}
