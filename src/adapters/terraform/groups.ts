import type { Scenario } from '../../model/scenario.ts';
import type { Value, Via } from '../../model/value.ts';
import type { Decl } from './config.ts';

/** How a block with `count` or `for_each` expands: into known instance keys, or into one unknown instance. */
export type Keys =
  | { kind: 'single' }
  | { kind: 'count'; indices: number[] }
  | { kind: 'for_each'; keys: string[] }
  | { kind: 'unknown'; meta: 'count' | 'for_each' };

/** A resource or data block of a module instance, with its expansion. */
export interface ResourceGroup {
  decl: Decl;
  mode: 'managed' | 'data';
  /** Address without the instance key: `module.a.aws_s3_bucket.logs`, `data.aws_iam_policy_document.p`. */
  base: string;
  keys(): Keys;
  /** One instance's attributes (unknown when the key is not an instance), as an object that reads missing attributes as computed. */
  instanceValue(key: number | string | undefined, s: Scenario): Value;
  /** One attribute (or nested block list) of an instance; unknown (computed) when not configured. */
  member(key: number | string | undefined, name: string, s: Scenario): Value;
}

/** A module call of a module instance, with its expansion. */
export interface CallGroup {
  decl: Decl;
  /** `module.storage` with the caller's prefix. */
  base: string;
  keys(): Keys;
  /** An output of one instance of the called module; undefined when the module is not on disk or lacks it. */
  output(key: number | string | undefined, name: string, s: Scenario): { value: Value; via?: Via } | undefined;
}

/** `[0]`, `["key"]`, or nothing, as Terraform writes instance keys in addresses. */
export function keySuffix(key: number | string | undefined): string {
  if (key === undefined) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
