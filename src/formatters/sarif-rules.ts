import type { References, RuleMeta } from '../core/rule-meta.ts';
import type { Severity } from '../core/severity.ts';
import { sarifLevel } from './sarif-level.ts';

const REFERENCE_LABELS: Record<Exclude<keyof References, 'urls'>, string> = {
  fsbp: 'AWS Foundational Security Best Practices',
  cis: 'CIS AWS Foundations Benchmark',
  wellArchitected: 'AWS Well-Architected',
  checkov: 'Checkov',
  cfnNag: 'cfn-nag',
  kics: 'KICS',
  parliament: 'Parliament',
};

/**
 * A SARIF reportingDescriptor. Engine-level ids (parse errors, config problems) have no metadata, so they get
 * a bare descriptor at the severity they were reported with.
 */
export function ruleDescriptor(id: string, meta: RuleMeta | undefined, reportedAs: Severity) {
  if (!meta) {
    return { id, name: pascalName(id), shortDescription: { text: id }, defaultConfiguration: { level: sarifLevel[reportedAs] } };
  }
  const helpUri = meta.references?.urls?.[0];
  return {
    id,
    name: pascalName(id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    help: { text: help(meta, false), markdown: help(meta, true) },
    ...(helpUri !== undefined && { helpUri }),
    defaultConfiguration: { level: sarifLevel[meta.severity] },
    // GitHub code scanning files a result under "security" only when the rule carries that tag.
    properties: { tags: [...new Set(['security', meta.category])] },
  };
}

/** SARIF's `name` is an identifier-like friendly name: `s3/encryption-at-rest` → `S3EncryptionAtRest`. */
function pascalName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** Equivalent controls in other frameworks and tools, as `[label, ids]`; links are kept apart. */
function frameworkIds(refs: References | undefined): [string, string[]][] {
  if (!refs) return [];
  return (Object.keys(REFERENCE_LABELS) as (keyof typeof REFERENCE_LABELS)[])
    .filter((k) => refs[k]?.length)
    .map((k) => [REFERENCE_LABELS[k], refs[k]!]);
}

/** The rule's help, as plain text or as GitHub-flavoured markdown: description, fix hint, references. */
function help(meta: RuleMeta, markdown: boolean): string {
  const code = (id: string) => (markdown ? `\`${id}\`` : id);
  const parts = [meta.description];
  if (meta.fix) parts.push(`${markdown ? '**Fix:**' : 'Fix:'} ${meta.fix}`);
  const refs = [
    ...frameworkIds(meta.references).map(([label, ids]) => `- ${label}: ${ids.map(code).join(', ')}`),
    ...(meta.references?.urls ?? []).map((u) => (markdown ? `- <${u}>` : `- ${u}`)),
  ];
  if (refs.length) parts.push([markdown ? '**References**\n' : 'References:', ...refs].join('\n'));
  return parts.join('\n\n');
}
