import type { StringPart, Value } from '../../model/value.ts';
import { isJsonEncoded, list, object, scalar, unknownAt } from './values.ts';
import type { At } from './values.ts';

/**
 * The structure a JSON string stands for, as a value: for a heredoc or literal policy, or `jsondecode(…)`.
 * Works on partly known strings too (`"Resource": "${aws_s3_bucket.b.arn}/*"` in a heredoc): each unknown part
 * becomes an unknown piece of the string it is in. Every node stands at the string's location, the finest there
 * is. A `jsonencode(…)` result is its structure already. Undefined when the text is not JSON.
 */
export function decodeJsonValue(v: Value): Value | undefined {
  if (isJsonEncoded(v)) return v;
  const at: At = { path: v.path, file: v.file };
  if (v.kind === 'scalar' && typeof v.value === 'string') return build(parse(v.value), at, [], v);
  if (v.kind !== 'unknown' || !v.parts) return undefined;
  const symbols: StringPart[] = [];
  // Private-use characters cannot occur in a policy and survive JSON.parse inside strings.
  const token = (i: number) => `\uE000${i}\uE001`;
  let text = '';
  for (const p of v.parts) {
    if (typeof p === 'string') text += p;
    else {
      text += token(symbols.length);
      symbols.push(p);
    }
  }
  let data = parse(text);
  // An unknown part outside any string (`"Action": ${jsonencode(var.actions)}`) stands for a whole value.
  if (data === FAILED) data = parse(quoteBareTokens(text));
  return build(data, at, symbols, v);
}

const FAILED = Symbol('failed');

/** Puts quotes around the tokens that stand outside any JSON string. */
function quoteBareTokens(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') {
        out += c + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (c === '"') inString = false;
      out += c;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '\uE000') {
      const end = text.indexOf('\uE001', i);
      out += '"' + text.slice(i, end + 1) + '"';
      i = end;
    } else out += c;
  }
  return out;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return FAILED;
  }
}

function build(data: unknown, at: At, symbols: StringPart[], from: Value): Value | undefined {
  if (data === FAILED) return undefined;
  const via = from.via;
  const make = (x: unknown): Value => {
    if (Array.isArray(x)) return list(x.map(make), at);
    if (x !== null && typeof x === 'object') return object(new Map(Object.entries(x).map(([k, i]) => [k, make(i)])), at);
    if (typeof x === 'string' && x.includes('\uE000')) return withSymbols(x, symbols, at);
    return scalar(x as string | number | boolean | null, at, via);
  };
  return make(data);
}

function withSymbols(s: string, symbols: StringPart[], at: At): Value {
  const parts: StringPart[] = [];
  let last = 0;
  for (const m of s.matchAll(/\uE000(\d+)\uE001/g)) {
    if (m.index! > last) parts.push(s.slice(last, m.index));
    parts.push(symbols[Number(m[1])]);
    last = m.index! + m[0].length;
  }
  if (last < s.length) parts.push(s.slice(last));
  const first = parts.find((p) => typeof p !== 'string') as { symbol: string };
  const symbol = first.symbol;
  return unknownAt(at, symbol, parts.length === 1 ? undefined : parts);
}
