import type { ComplianceReport } from '../compliance/types.ts';
import { complianceJson } from './compliance-json.ts';
import { complianceStylish } from './compliance-stylish.ts';

export interface ComplianceFormatInput {
  compliance: ComplianceReport;
  color: boolean;
}

/** A pure function from a compliance report to text, like the lint formatters. */
export type ComplianceFormatter = (input: ComplianceFormatInput) => string;

/** The formats `--compliance` prints, by `--format` name. SARIF has no notion of a passed control, so it is not one. */
export const complianceFormatters = { stylish: complianceStylish, json: complianceJson } satisfies Record<string, ComplianceFormatter>;

export type ComplianceFormatName = keyof typeof complianceFormatters;
