import type { Finding } from '../core/finding.ts';
import type { FrameworkName } from './frameworks.ts';

export type ControlStatus = 'fail' | 'pass' | 'not-checked' | 'not-applicable';

/** A finding behind a failed control, with the file it is in. */
export interface ControlFinding extends Finding {
  file: string;
}

export interface ControlResult {
  id: string;
  title: string;
  status: ControlStatus;
  /** Ids of the rules that implement the control. */
  rules: string[];
  /** Of those, the ones the config turns off for at least one file scanned. */
  disabled: string[];
  /** Why a control is not checked. */
  reason?: string;
  findings: ControlFinding[];
}

export interface ComplianceSummary {
  controls: number;
  fail: number;
  pass: number;
  notChecked: number;
  notApplicable: number;
}

/** A framework's controls judged on the files scanned. */
export interface ComplianceReport {
  tool: { name: 'cloudseclint'; version: string };
  framework: { id: FrameworkName; title: string; version?: string };
  /** Number of templates and policy files read. */
  files: number;
  /** Files that could not be parsed: nothing in them was judged, so the report is incomplete. */
  unreadable: { file: string; message: string }[];
  /** In catalog order. */
  controls: ControlResult[];
  summary: ComplianceSummary;
}
