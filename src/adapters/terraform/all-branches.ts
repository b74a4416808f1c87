import { explore } from '../../model/explore.ts';
import type { Scenario } from '../../model/scenario.ts';

/**
 * What `body` gives over every combination of the choices it asks for, up to `max` runs: what a count or
 * for_each can be over every branch of the conditionals it depends on.
 */
export function allBranches<T>(body: (s: Scenario) => T, max = 16): T[] {
  return explore(body, max).runs.map((r) => r.result);
}
