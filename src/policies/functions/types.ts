import type { Value } from '../../model/value.ts';

/** Three-valued truth: what cannot be decided is 'unknown', never a pass and never a violation. */
export type Truth = true | false | 'unknown';

/**
 * A pure function of the policy library: decides one thing about the value at a path. `value` is undefined
 * when the path is absent. Options are validated against `options` (JSON Schema) when the policy loads.
 */
export interface PolicyFunction<O = Record<string, unknown>> {
  name: string;
  description: string;
  options: object;
  evaluate(value: Value | undefined, options: O): Truth;
  /** Checks the schema cannot express (a regular expression that compiles); messages of what is wrong. */
  checkOptions?(options: O): string[];
}

export const not3 = (t: Truth): Truth => (t === 'unknown' ? t : !t);
