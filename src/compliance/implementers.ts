import type { RuleMeta } from '../core/rule-meta.ts';
import type { Catalog } from './catalog.ts';
import type { FrameworkName } from './frameworks.ts';
import { FRAMEWORKS } from './frameworks.ts';

/**
 * The ids of the rules that implement each control of a catalog, read from the rules' `references`: built-in,
 * user and plugin rules alike, so a team's own policy that cites a control counts toward it.
 */
export function implementersOf(metas: Iterable<RuleMeta>, framework: FrameworkName, catalog: Catalog): Map<string, string[]> {
  const out = new Map<string, string[]>(catalog.controls.map((c) => [c.id, []]));
  for (const meta of metas)
    for (const id of meta.references?.[FRAMEWORKS[framework]] ?? []) {
      const rules = out.get(id);
      if (rules && !rules.includes(meta.id)) rules.push(meta.id);
    }
  for (const rules of out.values()) rules.sort();
  return out;
}
