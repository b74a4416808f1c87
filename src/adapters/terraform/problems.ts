import type { Path, Range } from '../../core/range.ts';

export type TfProblemRule =
  | 'parse-error'
  | 'parse/duplicate-key'
  | 'terraform/reference-cycle'
  | 'terraform/module-not-found'
  | 'terraform/invalid-variable-value';

/**
 * Something wrong with a configuration, found while loading it (not a security finding). Parse problems of the
 * documents themselves stay on each document; these are the ones that need several files to see.
 */
export interface TfProblem {
  ruleId: TfProblemRule;
  severity: 'error' | 'warning';
  message: string;
  file: string;
  path: Path;
  range: Range;
}
