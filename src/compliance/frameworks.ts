import type { References } from '../core/rule-meta.ts';

/** The `--compliance` names, each with the key of rule `references` that lists its controls. */
export const FRAMEWORKS = {
  fsbp: 'fsbp',
  cis: 'cis',
  wa: 'wellArchitected',
} as const satisfies Record<string, keyof References>;

export type FrameworkName = keyof typeof FRAMEWORKS;

export const FRAMEWORK_NAMES = Object.keys(FRAMEWORKS) as FrameworkName[];
