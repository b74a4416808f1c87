import type { Rule } from '../engine/rule.ts';

/**
 * Built-in rules written in TypeScript, for what a declarative policy cannot say (IAM analysis, relations
 * between resources). One module per rule, named by its id; add each here.
 */
export const BUILTIN_RULES: Rule[] = [];
