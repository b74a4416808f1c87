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
  const first = new Exploring(undefined);
  return exploreAfter(body, body(first), first.decisions, max);
}

/**
 * explore(), once the first run (made under `new Exploring(undefined)`) is done: its result and the decisions it
 * made. For a caller that makes the first run itself, and most often stops there (no choice asked).
 */
export function exploreAfter<T>(body: (s: Scenario) => T, result: T, decisions: Decision[], max = MAX_SCENARIOS): { runs: Run<T>[]; truncated: boolean } {
  const runs: Run<T>[] = [];
  // Most visits ask no choice at all: the work list and the maps are only made once a choice is asked (this runs
  // once per rule and model object, mostly in code not yet optimised, so its allocations count).
  let work: Map<string, number>[] | undefined;
  let forced: Map<string, number> | undefined;
  for (;;) {
    runs.push({ result, decisions });
    // Branch on each choice this run made freely, keeping the ones before it as they were.
    for (let j = decisions.length - 1; j >= 0; j--) {
      const d = decisions[j];
      if (forced?.has(d.id)) continue;
      for (let k = d.labels.length - 1; k >= 1; k--) {
        const next = new Map<string, number>();
        for (let i = 0; i < j; i++) next.set(decisions[i].id, decisions[i].index);
        next.set(d.id, k);
        (work ??= []).push(next);
      }
    }
    if (work === undefined || work.length === 0) return { runs, truncated: false };
    if (runs.length >= max) return { runs, truncated: true };
    forced = work.pop();
    const scenario = new Exploring(forced);
    result = body(scenario);
    decisions = scenario.decisions;
  }
}

/** The scenario of one run: takes the options `forced` names, and the first of any other. */
export class Exploring implements Scenario {
  decisions: Decision[] = NO_DECISIONS;
  private taken: Map<string, number> | undefined = undefined;
  constructor(private readonly forced: Map<string, number> | undefined) {}
  choose(id: string, labels: string[]): number {
    const prior = this.taken?.get(id);
    if (prior !== undefined) return prior;
    const index = this.forced?.get(id) ?? 0;
    (this.taken ??= new Map()).set(id, index);
    if (this.decisions === NO_DECISIONS) this.decisions = [];
    this.decisions.push({ id, index, labels });
    return index;
  }
  /** Whether no choice was asked: then the scenario is as new, and can be used for another first run. */
  get untouched(): boolean {
    return this.decisions === NO_DECISIONS;
  }
}

const NO_DECISIONS: Decision[] = [];
