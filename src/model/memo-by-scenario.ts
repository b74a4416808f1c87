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

const NO_DECISIONS: Decision[] = [];

/**
 * Memoises a resolution per scenario. A cached result is reused when the scenario answers every choice the
 * result depended on the same way; replaying those choices also tells the explorer they matter here.
 */
export function memoByScenario<T>(compute: (s: Scenario) => T): (s: Scenario) => T {
  // The recording stays with its result: a choice asked later through it (a value resolved lazily) still counts.
  const cache: { recording: Recording; result: T }[] = [];
  return (s) => {
    for (let i = 0; i < cache.length; i++) {
      const entry = cache[i];
      if ((entry.recording.decisions ?? NO_DECISIONS).every((d) => s.choose(d.id, d.labels) === d.index)) return entry.result;
    }
    // Most resolutions ask no choice: then the recording allocates nothing but itself.
    const recording = new Recording(s);
    const result = compute(recording);
    cache.push({ recording, result });
    return result;
  };
}
