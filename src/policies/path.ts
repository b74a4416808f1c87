import type { Path } from '../core/range.ts';
import type { Value } from '../model/value.ts';

export type Segment = { key: string } | { each: true } | { index: number };

const cache = new Map<string, Segment[]>();

/** `A.B[*].C[0]` → segments. Paths are validated by the policy schema before they get here. */
export function parsePath(path: string): Segment[] {
  let segs = cache.get(path);
  if (segs) return segs;
  segs = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\*|\d+)\]/g)) {
    if (m[1] !== undefined) segs.push({ key: m[1] });
    else if (m[2] === '*') segs.push({ each: true });
    else segs.push({ index: Number(m[2]) });
  }
  cache.set(path, segs);
  return segs;
}

/** One place a path reached: the value there (undefined when absent) and the path to report. */
export interface Reached {
  value: Value | undefined;
  path: Path;
  /** The walk stopped at a value known only at deploy time, before the end of the path. */
  blocked?: boolean;
}

/**
 * Walks a path from a value. `[*]` visits each item (a single value counts as a list of one, as IAM reads
 * `Action: "s3:GetObject"`); an empty list or a missing key gives one absent place, so `exists` can fail there.
 */
export function walk(from: Value | undefined, segs: Segment[], base: Path): Reached[] {
  const keys = keysOnly(segs);
  if (keys) return [walkKeys(from, keys, base)];
  const out: Reached[] = [];
  const visit = (v: Value | undefined, i: number, path: Path): void => {
    if (i === segs.length) return void out.push({ value: v, path: v?.path ?? path });
    if (v === undefined) return void out.push({ value: undefined, path: [...path, ...keysOf(segs.slice(i))] });
    if (v.kind === 'unknown') return void out.push({ value: v, path: v.path, blocked: true });
    const seg = segs[i];
    if ('key' in seg) return visit(v.kind === 'object' ? v.entries.get(seg.key) : undefined, i + 1, [...v.path, seg.key]);
    if ('index' in seg) {
      const item = v.kind === 'list' ? v.items[seg.index] : seg.index === 0 ? v : undefined;
      return visit(item, i + 1, [...v.path, seg.index]);
    }
    const items = v.kind === 'list' ? v.items : [v];
    if (items.length === 0) return void out.push({ value: undefined, path: v.path });
    for (const item of items) visit(item, i + 1, item.path);
  };
  visit(from, 0, base);
  return out;
}

function keysOf(segs: Segment[]): Path {
  const out: Path = [];
  for (const s of segs) {
    if ('key' in s) out.push(s.key);
    else break;
  }
  return out;
}

const plainKeys = new WeakMap<Segment[], string[] | null>();

/** The keys of a path made of keys only (most policy paths: `BucketEncryption.ServerSideEncryptionConfiguration`). */
function keysOnly(segs: Segment[]): string[] | null {
  let keys = plainKeys.get(segs);
  if (keys === undefined) {
    keys = segs.every((s) => 'key' in s) ? segs.map((s) => (s as { key: string }).key) : null;
    plainKeys.set(segs, keys);
  }
  return keys;
}

/**
 * walk() along keys only, without a closure or a path per step: one place, at the value reached (its own path),
 * at the first value known only at deploy time (blocked), or where the first missing key would be.
 */
function walkKeys(from: Value | undefined, keys: string[], base: Path): Reached {
  if (from === undefined) return { value: undefined, path: [...base, ...keys] };
  let v = from;
  for (let i = 0; i < keys.length; i++) {
    if (v.kind === 'unknown') return { value: v, path: v.path, blocked: true };
    const child = v.kind === 'object' ? v.entries.get(keys[i]) : undefined;
    if (child === undefined) return { value: undefined, path: [...v.path, ...keys.slice(i)] };
    v = child;
  }
  return { value: v, path: v.path };
}
