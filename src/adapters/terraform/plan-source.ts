import type { Path } from '../../core/range.ts';
import { firstBranch } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import type { TfInstance } from './instance.ts';
import { configurationAddress } from './plan-references.ts';

/**
 * A plan's instances pointing at the configuration they were planned from, when it is at hand: each value keeps
 * what the plan says but stands where the .tf source writes it (the attribute, or the nearest block that holds
 * it, or the resource block for a value the source leaves to a default). Instances are matched by address, or
 * by the address without keys when the source could not expand a `count` or `for_each`.
 */
export function pointAtSource(plan: TfInstance[], source: TfInstance[]): TfInstance[] {
  const byAddress = new Map(source.map((i) => [i.address, i]));
  const byConfig = new Map<string, TfInstance>();
  for (const i of source) if (!byConfig.has(configurationAddress(i.address))) byConfig.set(configurationAddress(i.address), i);
  return plan.map((p) => {
    const src = byAddress.get(p.address) ?? byConfig.get(configurationAddress(p.address));
    if (!src) return p;
    const srcAttrs = src.attributes(firstBranch);
    const planAttrs = p.attributes(firstBranch);
    const moved = move(planAttrs, srcAttrs, { path: src.path, file: src.file });
    return { ...p, file: src.file, path: src.path, attributes: () => moved, references: new Set([...p.references, ...src.references]) };
  });
}

interface At {
  path: Path;
  file: string;
}

/** A plan value re-pointed at the source value in the same place, or at the nearest one above it. */
function move(v: Value, src: Value | undefined, above: At): Value {
  const at: At = src ? { path: src.path, file: src.file ?? above.file } : above;
  const placed = { path: at.path, file: at.file };
  if (v.kind === 'list') return { ...v, ...placed, items: v.items.map((item, i) => move(item, child(src, i), at)) };
  if (v.kind === 'object') return { ...v, ...placed, entries: new Map([...v.entries].map(([k, item]) => [k, move(item, child(src, k), at)])) };
  return { ...v, ...placed };
}

function child(v: Value | undefined, k: string | number): Value | undefined {
  if (v === undefined) return undefined;
  if (typeof k === 'number') return v.kind === 'list' ? v.items[k] : undefined;
  return v.kind === 'object' ? v.entries.get(k) : undefined;
}
