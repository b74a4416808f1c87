import type { FileKind } from './finding.ts';
import type { Severity } from './severity.ts';

/** Equivalent controls and ids in frameworks and other tools. */
export interface References {
  fsbp?: string[];
  cis?: string[];
  wellArchitected?: string[];
  checkov?: string[];
  cfnNag?: string[];
  kics?: string[];
  parliament?: string[];
  urls?: string[];
}

/** Metadata every rule carries, declarative or TypeScript. The engine refuses a rule whose metadata is incomplete. */
export interface RuleMeta {
  /** `area/name`, readable; never contains the severity. */
  id: string;
  title: string;
  description: string;
  severity: Severity;
  category: string;
  /** Message templates by id; `{{name}}` is replaced with the report's data. */
  messages: Record<string, string>;
  /** How to fix it, shown in docs and SARIF help. */
  fix?: string;
  references?: References;
  /** Whether the rule may offer fixes; the engine drops fixes from rules that are not. */
  fixable?: boolean;
  /** Whether the rule is in `cloudseclint:recommended` (high signal). */
  recommended?: boolean;
  /**
   * The kinds of file the rule can judge, when not all: a setting that only Terraform can express is not checked
   * in templates, and --compliance does not count a template's resources as examined by the rule.
   */
  formats?: FileKind[];
  /**
   * Whether finding nothing shows that the controls the rule implements are met (default true). False for a rule
   * that judges what is written but cannot tell a missing setup from one made elsewhere (a metric filter in another
   * stack, a trail that records no S3 data events): --compliance then never passes its controls for lack of findings.
   */
  confirms?: boolean;
  /** Where the rule was defined (policy file or module), for load errors and docs. */
  source?: string;
}

const FORMATS: FileKind[] = ['cloudformation', 'iam-policy', 'terraform', 'terraform-plan'];

const REQUIRED: (keyof RuleMeta)[] = ['id', 'title', 'description', 'severity', 'category', 'messages'];
export const RULE_ID = /^[a-z0-9-]+(\/[a-z0-9-]+)+$/;

/** Returns what is wrong with a rule's metadata; empty when it is complete. */
export function metaProblems(meta: Partial<RuleMeta> | undefined): string[] {
  if (!meta) return ['no meta'];
  const out: string[] = [];
  for (const k of REQUIRED) if (meta[k] === undefined || meta[k] === '') out.push(`meta.${k} is missing`);
  if (meta.id && !RULE_ID.test(meta.id)) out.push(`meta.id "${meta.id}" is not of the form area/name`);
  if (meta.id && /(^|\/|-)(error|warning|info|high|low|medium|critical)(-|\/|$)/.test(meta.id))
    out.push(`meta.id "${meta.id}" names a severity; severity is metadata, not part of the id`);
  if (meta.messages && Object.keys(meta.messages).length === 0) out.push('meta.messages is empty');
  if (meta.severity && !['error', 'warning', 'info'].includes(meta.severity)) out.push(`meta.severity "${meta.severity}" is not error, warning or info`);
  if (meta.formats !== undefined) {
    const bad = Array.isArray(meta.formats) ? meta.formats.filter((f) => !FORMATS.includes(f)) : [String(meta.formats)];
    if (bad.length > 0 || meta.formats.length === 0) out.push(`meta.formats must list kinds of file among ${FORMATS.join(', ')}${bad.length > 0 ? ` (not ${bad.join(', ')})` : ''}`);
  }
  return out;
}

export function formatMessage(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, k: string) => (data[k] === undefined ? `{{${k}}}` : String(data[k])));
}
