import type { Decision, Scenario } from './scenario.ts';

/**
 * Memoises a resolution per scenario. A cached result is reused when the scenario answers every choice the
 * result depended on the same way; replaying those choices also tells the explorer they matter here.
 */
export function memoByScenario<T>(compute: (s: Scenario) => T): (s: Scenario) => T {
  const cache: { decisions: Decision[]; result: T }[] = [];
  return (s) => {
    for (const entry of cache) {
      if (entry.decisions.every((d) => s.choose(d.id, d.labels) === d.index)) return entry.result;
    }
    const decisions: Decision[] = [];
    const recording: Scenario = {
      choose(id, labels) {
        const index = s.choose(id, labels);
        if (!decisions.some((d) => d.id === id)) decisions.push({ id, index, labels });
        return index;
      },
    };
    const result = compute(recording);
    cache.push({ decisions, result });
    return result;
  };
}
