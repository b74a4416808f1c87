import type { Value } from '../../../model/value.ts';
import { decodeJsonValue } from '../json-value.ts';
import { withValue } from './values.ts';

/** Turns a Terraform attribute value into the type CloudFormation gives the property. */
export type Convert = (v: Value) => Value;

/**
 * Terraform converts `"true"` to true for a bool attribute, so a configuration may write either; the model
 * holds the boolean, or a policy comparing with `true` would raise a false alarm.
 */
export const bool: Convert = (v) => {
  if (v.kind !== 'scalar' || typeof v.value !== 'string') return v;
  const t = v.value.trim().toLowerCase();
  return t === 'true' ? withValue(v, true) : t === 'false' ? withValue(v, false) : v;
};

export const num: Convert = (v) => {
  if (v.kind !== 'scalar' || typeof v.value !== 'string' || v.value.trim() === '') return v;
  const n = Number(v.value);
  return Number.isFinite(n) ? withValue(v, n) : v;
};

/** Values of an enumeration spelt differently by the two tools (`public-read` → `PublicRead`). */
export function oneOf(table: Record<string, string>): Convert {
  return (v) => (v.kind === 'scalar' && typeof v.value === 'string' && Object.hasOwn(table, v.value) ? withValue(v, table[v.value]) : v);
}

/** A boolean switch that CloudFormation writes as a status word (`enabled = true` → `Status: Enabled`). */
export function status(on: string, off: string): Convert {
  return (v) => {
    const b = bool(v);
    return b.kind === 'scalar' && typeof b.value === 'boolean' ? withValue(b, b.value ? on : off) : v;
  };
}

/**
 * JSON text in Terraform (jsonencode(…), a heredoc) that CloudFormation holds as an object: an IoT policy, an EMR
 * security configuration, a Config rule's input parameters. Text that is not JSON stays as it is.
 */
export const json: Convert = (v) => (v.kind === 'scalar' || v.kind === 'unknown' ? (decodeJsonValue(v) ?? v) : v);
