import type { RuleMeta } from '../core/rule-meta.ts';
import type { RuleSetting } from '../core/severity.ts';

/** A table of every rule: id, setting in effect, category, title. */
export function listRules(metas: Map<string, RuleMeta>, settings: Map<string, RuleSetting>): string {
  const rows = [...metas.values()].sort((a, b) => a.id.localeCompare(b.id)).map((m) => [m.id, settings.get(m.id) ?? 'off', m.category, m.title]);
  const width = (i: number) => Math.max(...rows.map((r) => r[i].length), 0);
  const w = [width(0), width(1), width(2)];
  return rows.map((r) => `${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}`).join('\n') + '\n';
}
