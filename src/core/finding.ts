import type { Location } from './range.ts';
import type { Severity } from './severity.ts';

export interface RelatedLocation {
  message: string;
  /** Another file when the related place is elsewhere (a Terraform variable file, a module). */
  file?: string;
  location: Location;
}

export interface Finding {
  ruleId: string;
  /** The rule's message id; tests assert on it so wording can change freely. */
  messageId?: string;
  severity: Severity;
  message: string;
  /** Logical id (CloudFormation), address (Terraform), or null for file-level findings. */
  resource: string | null;
  location: Location;
  related?: RelatedLocation[];
  /** Set when the finding only holds on some Fn::If / conditional branch, e.g. "when IsProd is true". */
  scenario?: string;
  suppressed?: boolean;
}

export type FileKind = 'cloudformation' | 'iam-policy' | 'terraform' | 'terraform-plan' | 'unknown';

export interface FileResult {
  /** Path as given or relative to the cwd, forward slashes. */
  file: string;
  kind: FileKind;
  findings: Finding[];
}

export interface Summary {
  files: number;
  skipped: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Report {
  version: 1;
  tool: { name: 'cloudseclint'; version: string };
  results: FileResult[];
  summary: Summary;
}
