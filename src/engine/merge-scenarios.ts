import type { Decision } from '../model/scenario.ts';
import type { Run } from '../model/explore.ts';

/**
 * Says on which branches a finding holds, given the runs it appeared in: the choices that all those runs took
 * alike and that some run without it took differently. Empty when it holds on every branch.
 */
export function scenarioLabel(all: Run<unknown>[], withIt: Set<number>): string | undefined {
  if (withIt.size === all.length) return undefined;
  const runs = [...withIt].map((i) => all[i]);
  const without = all.filter((_, i) => !withIt.has(i));
  const common = runs[0].decisions.filter((d) => runs.every((r) => r.decisions.some((x) => x.id === d.id && x.index === d.index)));
  const explaining = common.filter((d) => without.some((r) => r.decisions.some((x) => x.id === d.id && x.index !== d.index)));
  const chosen: Decision[] = explaining.length > 0 ? explaining : common;
  if (chosen.length === 0) return 'on some branches';
  return 'when ' + chosen.map((d) => d.labels[d.index]).join(' and ');
}
