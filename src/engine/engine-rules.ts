import type { RuleMeta } from '../core/rule-meta.ts';

/** Rules the pipeline itself reports (parsing, unknown tags); listed and configurable like any other. */
export const ENGINE_RULES: RuleMeta[] = [
  {
    id: 'parse-error',
    title: 'Files must parse',
    description: 'The file is not valid JSON or YAML (or is binary), so nothing in it could be checked.',
    severity: 'error',
    category: 'configuration',
    messages: { error: '{{message}}' },
    recommended: true,
  },
  {
    id: 'parse/duplicate-key',
    title: 'No duplicate keys',
    description: 'A key appears twice in one object. CloudFormation keeps the last one silently, which hides what the first one said.',
    severity: 'error',
    category: 'configuration',
    messages: { duplicate: '{{message}}' },
    recommended: true,
  },
  {
    id: 'parse/unknown-tag',
    title: 'Only CloudFormation YAML tags',
    description: 'A YAML tag that CloudFormation does not know (for example a Rain or a custom preprocessor tag). The value is read without the tag; deploy the processed template instead, or lint that.',
    severity: 'warning',
    category: 'configuration',
    messages: { tag: '{{message}}' },
    recommended: true,
  },
];
