import type { Rule } from '../engine/rule.ts';
import { publicReadAccess } from './iam/public-read-access.ts';
import { publicResourcePolicy } from './iam/public-resource-policy.ts';

/**
 * Built-in rules written in TypeScript, for what a declarative policy cannot say (IAM analysis, relations
 * between resources). One module per rule, named by its id; add each here.
 */
export const BUILTIN_RULES: Rule[] = [
  publicResourcePolicy,
  publicReadAccess,
];
