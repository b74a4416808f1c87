import type { Decision, Scenario } from './scenario.ts';

/** A scenario that passes every choice on to another and notes the ones asked, the first time each is. */
class Recording implements Scenario {
  decisions: Decision[] | undefined = undefined;
  constructor(private readonly s: Scenario) {}
  choose(id: string, labels: string[]): number {
    const index = this.s.choose(id, labels);
    const decisions = (this.decisions ??= []);
    if (!decisions.some((d) => d.id === id)) decisions.push({ id, index, labels });
    return index;
  }
}

/** Whether the scenario answers every choice as recorded (no closure: this runs on every read of a resolution). */
function answersAlike(decisions: Decision[] | undefined, s: Scenario): boolean {
  if (decisions === undefined) return true;
  for (let i = 0; i < decisions.length; i++) if (s.choose(decisions[i].id, decisions[i].labels) !== decisions[i].index) return false;
  return true;
}

/**
 * Memoises a resolution per scenario. A cached result is reused when the scenario answers every choice the
 * result depended on the same way; replaying those choices also tells the explorer they matter here.
 */
export function memoByScenario<T>(compute: (s: Scenario) => T): (s: Scenario) => T {
  // The recording stays with its result: a choice asked later through it (a value resolved lazily) still counts.
  const cache: { recording: Recording; result: T }[] = [];
  return (s) => {
    for (let i = 0; i < cache.length; i++) if (answersAlike(cache[i].recording.decisions, s)) return cache[i].result;
    // Most resolutions ask no choice: then the recording allocates nothing but itself.
    const recording = new Recording(s);
    const result = compute(recording);
    cache.push({ recording, result });
    return result;
  };
}
