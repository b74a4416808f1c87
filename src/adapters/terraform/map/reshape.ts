import type { ObjectValue, Value } from '../../../model/value.ts';
import type { Convert } from './convert.ts';
import type { Place } from './values.ts';
import { attr, blockItems, list, object, placeOf } from './values.ts';

/** An attribute copied to a property; `to` may be dotted (`StreamEncryption.KeyId`) to build nested objects. */
export interface Field {
  to: string;
  as?: Convert;
  /** Converts each item of a list attribute. */
  each?: Convert;
  /** CloudFormation takes a list where Terraform takes one value (`queue_url` → `Queues`). */
  wrap?: boolean;
}

/** A nested block: one object (`list` unset) or a list of objects; without `to` its properties join the parent's. */
export interface Block {
  block: Spec;
  to?: string;
  list?: boolean;
}

/** Terraform attribute or block name → CloudFormation property, for one resource type or nested block. */
export type Spec = Record<string, string | Field | Block>;

/**
 * Renames a Terraform object into CloudFormation's shape. Each value keeps the Terraform node it was read from
 * (so a finding points at the .tf attribute); an object built only to nest properties stands at the object it
 * was built from. Attributes the spec does not name are left out: the model holds CloudFormation's properties.
 */
export function reshape(src: Value | undefined, spec: Spec, at: Place): Value {
  if (src?.kind === 'unknown') return src;
  const out = new Builder(at);
  fill(out, src, spec);
  return out.build();
}

function fill(out: Builder, src: Value | undefined, spec: Spec): void {
  for (const [name, rule] of Object.entries(spec)) {
    const v = attr(src, name);
    if (v === undefined) continue;
    if (typeof rule === 'string') out.set(rule, v);
    else if ('block' in rule) block(out, v, rule);
    else out.set(rule.to, convert(v, rule));
  }
}

function convert(v: Value, f: Field): Value {
  let r = f.as ? f.as(v) : v;
  if (f.each && r.kind === 'list') r = { ...r, items: r.items.map(f.each) };
  if (f.wrap && r.kind !== 'list') r = list([r], placeOf(r));
  return r;
}

function block(out: Builder, v: Value, rule: Block): void {
  const items = blockItems(v);
  if (items === undefined) return;
  if (!Array.isArray(items)) {
    // A dynamic block over an unknown collection: whatever it would set is unknown, never absent.
    if (rule.to) out.set(rule.to, items);
    else for (const target of targetsOf(rule.block)) out.set(target, items);
    return;
  }
  if (items.length === 0) return;
  if (rule.list) {
    const shaped = items.map((item) => reshape(item, rule.block, placeOf(item)));
    if (rule.to) out.set(rule.to, list(shaped, placeOf(v)));
    return;
  }
  const first = items[0];
  if (first.kind === 'unknown') {
    if (rule.to) out.set(rule.to, first);
    return;
  }
  if (rule.to) out.set(rule.to, reshape(first, rule.block, placeOf(first)));
  else fill(out, first, rule.block);
}

/** Every property a spec can set at its own level, for marking them unknown together. */
function targetsOf(spec: Spec): string[] {
  return Object.values(spec).flatMap((r) => (typeof r === 'string' ? [r] : 'block' in r ? (r.to ? [r.to] : targetsOf(r.block)) : [r.to]));
}

/** Accumulates properties under dotted names, creating the nested objects on the way. */
class Builder {
  private entries = new Map<string, Value | Builder>();
  constructor(private at: Place) {}

  set(dotted: string, v: Value): void {
    const [head, ...rest] = dotted.split('.');
    if (rest.length === 0) return void this.entries.set(head, v);
    let child = this.entries.get(head);
    if (!(child instanceof Builder)) {
      child = new Builder(this.at);
      this.entries.set(head, child);
    }
    child.set(rest.join('.'), v);
  }

  build(): ObjectValue {
    return object(
      [...this.entries].map(([k, v]) => [k, v instanceof Builder ? v.build() : v]),
      this.at,
    );
  }
}
