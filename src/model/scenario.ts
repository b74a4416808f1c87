/**
 * A scenario decides the branches that resolution cannot know: each `Fn::If` (or Terraform conditional), each
 * allowed value of a parameter without a default. The engine explores all of them depth-first (see
 * model/explore.ts): resolution asks `choose`, and a finding that holds only on some branches says which.
 */
export interface Scenario {
  /**
   * Picks one of `labels.length` options at the choice point `id` (stable for the same place and question).
   * Returns the index of the option taken in this scenario.
   */
  choose(id: string, labels: string[]): number;
}

/** A scenario that always takes the first option; for callers that only need one consistent reading. */
export const firstBranch: Scenario = { choose: () => 0 };

/** One answer a scenario gave: which of `labels` was taken at the choice point `id`. */
export interface Decision {
  id: string;
  index: number;
  labels: string[];
}
