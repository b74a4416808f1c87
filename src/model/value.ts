import type { Path, Range } from '../core/range.ts';

/**
 * A resolved value, three-valued: known scalars, lists and objects, or unknown.
 * Every value remembers where it stands in the document (`path`), so a finding on it points at the exact node,
 * and how it got there (`via`), so a value that came through a `Ref` carries the Parameter's default as related.
 */
export type Value = ScalarValue | ListValue | ObjectValue | UnknownValue;

export interface Via {
  message: string;
  file?: string;
  path: Path;
  range?: Range;
}

interface Base {
  /** Document path of the node this value was read from (the place inside the resource, not the parameter). */
  path: Path;
  /** The file of that document, when it is not the unit's main file (Terraform reads a folder of files). */
  file?: string;
  via?: Via[];
}

export interface ScalarValue extends Base {
  kind: 'scalar';
  value: string | number | boolean | null;
}

export interface ListValue extends Base {
  kind: 'list';
  items: Value[];
}

export interface ObjectValue extends Base {
  kind: 'object';
  entries: Map<string, Value>;
}

/** One piece of a partly known string: literal text, or a symbol that is only known at deploy time. */
export type StringPart = string | { symbol: string };

export interface UnknownValue extends Base {
  kind: 'unknown';
  /** What it is, for messages: `Fn::GetAtt Role.Arn`, `AWS::AccountId`, `var.name`… */
  symbol: string;
  /** When the value is a string with known and unknown parts (`arn:aws:s3:::${AWS::AccountId}-logs`). */
  parts?: StringPart[];
}

export const isKnown = (v: Value | undefined): v is ScalarValue | ListValue | ObjectValue =>
  v !== undefined && v.kind !== 'unknown';

export function unknown(path: Path, symbol: string, parts?: StringPart[], via?: Via[]): UnknownValue {
  return { kind: 'unknown', path, symbol, ...(parts ? { parts } : {}), ...(via ? { via } : {}) };
}

/** Reads a key of an object value; undefined when absent (or when the value is not an object). */
export function field(v: Value | undefined, key: string): Value | undefined {
  return v?.kind === 'object' ? v.entries.get(key) : undefined;
}

/** Plain JS of a fully known value, or undefined if any part is unknown. */
export function plain(v: Value): unknown {
  switch (v.kind) {
    case 'scalar':
      return v.value;
    case 'unknown':
      return undefined;
    case 'list': {
      const out: unknown[] = [];
      for (const i of v.items) {
        const p = plain(i);
        if (p === undefined) return undefined;
        out.push(p);
      }
      return out;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, i] of v.entries) {
        const p = plain(i);
        if (p === undefined) return undefined;
        out[k] = p;
      }
      return out;
    }
  }
}

/** Renders a value for messages: strings as they are, unknown parts as ${symbol}. */
export function display(v: Value): string {
  if (v.kind === 'scalar') return String(v.value);
  if (v.kind === 'unknown') return v.parts ? v.parts.map((p) => (typeof p === 'string' ? p : '${' + p.symbol + '}')).join('') : '${' + v.symbol + '}';
  return JSON.stringify(plain(v) ?? '(partly unknown)');
}
