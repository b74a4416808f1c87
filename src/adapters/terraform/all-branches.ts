import type { Decision, Scenario } from '../../model/scenario.ts';

/**
 * Runs `body` once per combination of the choices it asks for, depth-first, up to `max` runs: what a count or
 * for_each can be over every branch of the conditionals it depends on.
 */
export function allBranches<T>(body: (s: Scenario) => T, max = 16): T[] {
  const results: T[] = [];
  const work: Map<string, number>[] = [new Map()];
  while (work.length > 0 && results.length < max) {
    const forced = work.pop()!;
    const decisions: Decision[] = [];
    const taken = new Map<string, number>();
    const s: Scenario = {
      choose(id, labels) {
        const prior = taken.get(id);
        if (prior !== undefined) return prior;
        const index = forced.get(id) ?? 0;
        taken.set(id, index);
        decisions.push({ id, index, labels });
        return index;
      },
    };
    results.push(body(s));
    for (let j = decisions.length - 1; j >= 0; j--) {
      const d = decisions[j];
      if (forced.has(d.id)) continue;
      for (let k = d.labels.length - 1; k >= 1; k--) {
        const next = new Map<string, number>();
        for (let i = 0; i < j; i++) next.set(decisions[i].id, decisions[i].index);
        next.set(d.id, k);
        work.push(next);
      }
    }
  }
  return results;
}
