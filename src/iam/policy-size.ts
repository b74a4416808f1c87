import type { Value } from '../model/value.ts';

/** Length of a JSON text without its whitespace; most texts have none, and are not copied to find out. */
const compact = (text: string) => (WHITESPACE.test(text) ? text.replace(/\s/g, '').length : text.length);
const WHITESPACE = /\s/;

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
    case 'list': {
      let n = 2 + Math.max(0, v.items.length - 1);
      for (let i = 0; i < v.items.length; i++) n += minimumSize(v.items[i]);
      return n;
    }
    case 'object': {
      let n = 2 + Math.max(0, v.entries.size - 1);
      v.entries.forEach((item, k) => (n += compact(JSON.stringify(k)) + 1 + minimumSize(item)));
      return n;
    }
  }
}
