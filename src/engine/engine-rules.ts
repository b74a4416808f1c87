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
  {
    id: 'terraform/reference-cycle',
    title: 'No reference or module cycles',
    description: 'Locals, resources or modules that refer to each other in a loop. Terraform refuses the configuration; the values in the loop are read as unknown.',
    severity: 'error',
    category: 'configuration',
    messages: { cycle: '{{message}}' },
    recommended: true,
  },
  {
    id: 'terraform/module-not-found',
    title: 'Local modules exist',
    description: 'A module whose local source folder does not exist. Nothing it would create is checked; its outputs are read as unknown.',
    severity: 'warning',
    category: 'configuration',
    messages: { missing: '{{message}}' },
    recommended: true,
  },
  {
    id: 'terraform/invalid-variable-value',
    title: 'Variable values can be read',
    description: 'A variable file that cannot be read, or a value that does not fit the variable. The variable is read as unknown.',
    severity: 'error',
    category: 'configuration',
    messages: { invalid: '{{message}}' },
    recommended: true,
  },
];
