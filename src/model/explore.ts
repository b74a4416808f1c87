import type { Decision, Scenario } from './scenario.ts';

export interface Run<T> {
  result: T;
  /** The choices this run made, in the order they were first asked. */
  decisions: Decision[];
}

/** How many scenarios one rule may explore on one model object before it stops and says so. */
export const MAX_SCENARIOS = 64;

/**
 * Runs `body` once per combination of the choices it asks for (Fn::If branches, allowed values), depth-first:
 * only the choices that the body actually reaches are explored, so a rule that never touches a conditional
 * property runs once. Returns every run and whether the exploration was cut at MAX_SCENARIOS.
 */
export function explore<T>(body: (s: Scenario) => T, max = MAX_SCENARIOS): { runs: Run<T>[]; truncated: boolean } {
  const runs: Run<T>[] = [];
  // Most visits ask no choice at all: their maps are only made once a choice is asked (this runs once per rule
  // and model object, so its allocations count).
  const work: (Map<string, number> | undefined)[] = [undefined];
  while (work.length > 0) {
    if (runs.length >= max) return { runs, truncated: true };
    const forced = work.pop();
    let decisions: Decision[] = NO_DECISIONS;
    let taken: Map<string, number> | undefined;
    const scenario: Scenario = {
      choose(id, labels) {
        const prior = taken?.get(id);
        if (prior !== undefined) return prior;
        const index = forced?.get(id) ?? 0;
        (taken ??= new Map()).set(id, index);
        if (decisions === NO_DECISIONS) decisions = [];
        decisions.push({ id, index, labels });
        return index;
      },
    };
    const result = body(scenario);
    runs.push({ result, decisions });
    // Branch on each choice this run made freely, keeping the ones before it as they were.
    for (let j = decisions.length - 1; j >= 0; j--) {
      const d = decisions[j];
      if (forced?.has(d.id)) continue;
      for (let k = d.labels.length - 1; k >= 1; k--) {
        const next = new Map<string, number>();
        for (let i = 0; i < j; i++) next.set(decisions[i].id, decisions[i].index);
        next.set(d.id, k);
        work.push(next);
      }
    }
  }
  return { runs, truncated: false };
}

const NO_DECISIONS: Decision[] = [];
