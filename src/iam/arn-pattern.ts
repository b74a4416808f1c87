import type { StringPart } from '../model/value.ts';
import type { GlobToken } from './glob-intersect.ts';
import { char, globTokens, one, star } from './glob-intersect.ts';

/**
 * Names in the catalog's ARN formats whose values AWS's naming rules keep free of `/` and `:` (bucket, access
 * point and table names), so `arn:aws:s3:::bucket/*` is told apart from the bucket itself. Every other resource
 * name may hold either (object keys, IAM paths, log group names, secret names), and matches anything.
 */
const PLAIN_NAMES = new Set(['BucketName', 'AccessPointName', 'TableName']);

/** Tokens of an ARN format of the catalog: `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
export function formatTokens(format: string): GlobToken[] {
  const out: GlobToken[] = [];
  let colons = 0;
  for (let i = 0; i < format.length; i++) {
    if (format.startsWith('${', i)) {
      const end = format.indexOf('}', i);
      const name = format.slice(i + 2, end);
      // Partition, region, account and the service are one field of the ARN each; none is ever empty.
      const not = colons < 5 || PLAIN_NAMES.has(name) ? ':/' : '';
      out.push(one(not), star(not));
      i = end;
      continue;
    }
    const c = format[i];
    if (c === ':') colons++;
    out.push(c === '*' ? star() : char(c));
  }
  return out;
}

/**
 * Tokens of a Resource string of a policy: `*` and `?` are wildcards, a policy variable (`${aws:username}`)
 * matches anything, and `${*}`, `${?}`, `${$}` are the escapes for those characters.
 */
export function policyTextTokens(text: string): GlobToken[] {
  // The same Resource strings recur across the statements and templates of a run; tokens are never changed.
  let out = textTokens.get(text);
  if (!out) {
    if (textTokens.size >= MAX_TEXTS) textTokens.clear();
    textTokens.set(text, (out = tokensOf(text)));
  }
  return out;
}

const textTokens = new Map<string, GlobToken[]>();
const MAX_TEXTS = 50_000;

function tokensOf(text: string): GlobToken[] {
  const out: GlobToken[] = [];
  let rest = text;
  while (rest.length > 0) {
    const at = rest.indexOf('${');
    const end = at < 0 ? -1 : rest.indexOf('}', at);
    if (at < 0 || end < 0) {
      out.push(...globTokens(rest));
      break;
    }
    out.push(...globTokens(rest.slice(0, at)));
    const inner = rest.slice(at + 2, end);
    out.push(inner === '*' || inner === '?' || inner === '$' ? char(inner) : star());
    rest = rest.slice(end + 1);
  }
  return out;
}

/**
 * Tokens of a partly known Resource (`!Sub arn:aws:s3:::${Bucket}/*`): the known text as above, and each unknown
 * part as `shapeOf` describes it, or else a wildcard that may match anything, `/` and `:` included.
 */
export function partsTokens(parts: StringPart[], shapeOf: (symbol: string) => GlobToken[] | undefined): GlobToken[] {
  return parts.flatMap((p) => (typeof p === 'string' ? policyTextTokens(p) : (shapeOf(p.symbol) ?? [star()])));
}
