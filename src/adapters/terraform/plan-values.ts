import type { Path } from '../../core/range.ts';
import type { Value } from '../../model/value.ts';
import type { Node } from '../../parse/node.ts';

/**
 * A planned value as a model value pointing at its place in the plan. Null is "not set" in Terraform, so a null
 * attribute is absent. `afterUnknown` (the resource change's `after_unknown`) marks what is only known after
 * apply: those attributes are missing from the planned values and come back here as unknown, so an attribute
 * computed at apply time (a KMS key ARN from another resource) is never taken for a missing one.
 */
export function planValue(node: Node, path: Path, file: string, afterUnknown: Node | undefined, what: string): Value {
  if (afterUnknown?.kind === 'scalar' && afterUnknown.value === true) return { kind: 'unknown', symbol: `${what} (known after apply)`, path, file };
  if (node.kind === 'scalar') return { kind: 'scalar', value: node.value, path, file };
  if (node.kind === 'seq') {
    const unknownItems = afterUnknown?.kind === 'seq' ? afterUnknown.items : [];
    return { kind: 'list', items: node.items.map((n, i) => planValue(n, [...path, i], file, unknownItems[i], `${what}[${i}]`)), path, file };
  }
  const entries = new Map<string, Value>();
  for (const e of node.entries) {
    const u = afterUnknown?.kind === 'map' ? afterUnknown.entries.find((x) => x.key === e.key)?.value : undefined;
    if (e.value.kind === 'scalar' && e.value.value === null && !isTrue(u)) continue;
    entries.set(e.key, planValue(e.value, [...path, e.key], file, u, `${what}.${e.key}`));
  }
  if (afterUnknown?.kind === 'map') {
    for (const e of afterUnknown.entries) {
      if (entries.has(e.key) || !isTrue(e.value)) continue;
      entries.set(e.key, { kind: 'unknown', symbol: `${what}.${e.key} (known after apply)`, path: [...path, e.key], file });
    }
  }
  return { kind: 'object', entries, path, file };
}

const isTrue = (n: Node | undefined) => n?.kind === 'scalar' && n.value === true;
