import type { Report } from '../core/finding.ts';
import type { RuleMeta } from '../core/rule-meta.ts';

export interface FormatInput {
  report: Report;
  /** Metadata by rule id. Engine-level ids (`parse-error`, `parse/…`, `config/…`) have no entry. */
  rules: Map<string, RuleMeta>;
  /** The directory file paths in the report are relative to. */
  cwd: string;
  color: boolean;
}

/** A pure function from results to text; the CLI decides where the text goes. */
export type Formatter = (input: FormatInput) => string;
