import type { References } from '../core/rule-meta.ts';
import type { PolicyKind } from '../model/model.ts';
import type { Severity } from '../core/severity.ts';

/** A declarative policy as written in YAML (validated by schemas/policy.schema.json). */
export interface PolicySpec {
  id: string;
  title: string;
  description: string;
  severity: Severity;
  category: string;
  recommended?: boolean;
  /** See RuleMeta.confirms. */
  confirms?: boolean;
  references?: References;
  given: Selector[];
  assert: Assertion;
  report?: string;
  message: string;
  fix?: string;
  examples?: { cloudformation?: string; terraform?: string };
}

export interface Selector {
  resources?: string[];
  policies?: { kinds?: PolicyKind[]; ownerTypes?: string[] };
  each?: string;
  where?: Assertion;
}

export type Assertion =
  | { fn: string; path?: string; quantifier?: 'all' | 'any'; options?: Record<string, unknown>; note?: string }
  | { all: Assertion[] }
  | { any: Assertion[] }
  | { not: Assertion }
  | { path: string; every: Assertion }
  | { path: string; some: Assertion };

/** A policy file read from disk: its spec and where it came from. */
export interface PolicySource {
  file: string;
  spec: PolicySpec;
}
