import type { Value } from '../model/value.ts';

const compact = (text: string) => text.replace(/\s/g, '').length;

/**
 * The fewest characters a policy document can take once deployed, as JSON without whitespace (which IAM does not
 * count). A value only known at deploy time counts for nothing but its known text, so the size is a lower bound:
 * over a quota, the real document is over it too.
 */
export function minimumSize(v: Value): number {
  switch (v.kind) {
    case 'scalar':
      return typeof v.value === 'string' ? compact(JSON.stringify(v.value)) : String(v.value).length;
    case 'unknown':
      return v.parts ? 2 + v.parts.reduce((n, p) => n + (typeof p === 'string' ? compact(JSON.stringify(p)) - 2 : 0), 0) : 0;
    case 'list':
      return 2 + v.items.reduce((n, i) => n + minimumSize(i), 0) + Math.max(0, v.items.length - 1);
    case 'object':
      return 2 + [...v.entries].reduce((n, [k, i]) => n + compact(JSON.stringify(k)) + 1 + minimumSize(i), 0) + Math.max(0, v.entries.size - 1);
  }
}
