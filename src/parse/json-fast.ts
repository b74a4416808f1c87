import type { Path } from '../core/range.ts';
import type { LineIndex } from './lines.ts';
import type { MapEntry, MapNode, Node, SeqNode } from './node.ts';
import type { ParseProblem } from './document.ts';
import { duplicateKey, earlierEntry, MAX_DEPTH, type KeyIndex } from './problems.ts';
import { numberOrSource } from './scalars.ts';

/** Thrown inside the reader when the text is not plain strict JSON: the caller then parses it the careful way. */
const NOT_PLAIN = Symbol('not plain JSON');

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const MINUS = 45;
const ZERO = 48;
const NINE = 57;

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/**
 * Reads strict JSON (RFC 8259: no comments, no trailing commas, only space, tab and line breaks between tokens)
 * straight into our positioned nodes, with the same ranges, values and duplicate-key problems as the jsonc-parser
 * path of parseJson. It is several times faster, above all on a cold start, where jsonc's visitor callbacks run
 * unoptimised. Anything else (an error, a comment, other whitespace, nesting past MAX_DEPTH) returns undefined,
 * and parseJson reads the text with jsonc-parser, which says what is wrong and where.
 *
 * `body` is the text after a BOM of `base` characters; ranges are positions of `base + offset` in `lines`.
 */
export function readPlainJson(body: string, base: number, lines: LineIndex): { root: Node; problems: ParseProblem[] } | undefined {
  const problems: ParseProblem[] = [];
  const path: Path = [];
  let i = 0;
  const n = body.length;

  const skip = () => {
    for (; i < n; i++) {
      const c = body.charCodeAt(i);
      if (c !== SPACE && c !== LF && c !== CR && c !== TAB) return;
    }
  };

  /** The string token at i (an opening quote), as [value, end offset]. */
  const string = (): string => {
    const start = i;
    let escaped = false;
    for (i++; i < n; i++) {
      const c = body.charCodeAt(i);
      if (c === QUOTE) {
        i++;
        if (!escaped) return body.slice(start + 1, i - 1);
        try {
          return JSON.parse(body.slice(start, i)) as string;
        } catch {
          throw NOT_PLAIN;
        }
      }
      if (c === BACKSLASH) {
        escaped = true;
        i++;
      } else if (c < 0x20) throw NOT_PLAIN;
    }
    throw NOT_PLAIN;
  };

  const value = (depth: number): Node => {
    skip();
    const start = i;
    const c = body.charCodeAt(i);
    if (c === OPEN_BRACE) return map(depth);
    if (c === OPEN_BRACKET) return seq(depth);
    if (c === QUOTE) {
      const v = string();
      return { kind: 'scalar', value: v, range: lines.range(base + start, base + i) };
    }
    if (c === MINUS || (c >= ZERO && c <= NINE)) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(body)) throw NOT_PLAIN;
      i = NUMBER.lastIndex;
      // A number must end where a token may: "12abc" or "01" is not JSON.
      const next = body.charCodeAt(i);
      if (i < n && !(next === COMMA || next === CLOSE_BRACE || next === CLOSE_BRACKET || next === SPACE || next === LF || next === CR || next === TAB)) throw NOT_PLAIN;
      const source = body.slice(start, i);
      return { kind: 'scalar', value: numberOrSource(Number(source), source), range: lines.range(base + start, base + i) };
    }
    for (const [word, v] of LITERALS) {
      if (body.startsWith(word, i)) {
        i += word.length;
        return { kind: 'scalar', value: v, range: lines.range(base + start, base + i) };
      }
    }
    throw NOT_PLAIN;
  };

  const map = (depth: number): MapNode => {
    if (depth >= MAX_DEPTH) throw NOT_PLAIN;
    const start = lines.position(base + i);
    const node: MapNode = { kind: 'map', entries: [], range: { start, end: start } };
    const keys: KeyIndex = { indexed: 0 };
    i++;
    skip();
    if (body.charCodeAt(i) === CLOSE_BRACE) {
      i++;
      node.range.end = lines.position(base + i);
      return node;
    }
    for (;;) {
      skip();
      if (body.charCodeAt(i) !== QUOTE) throw NOT_PLAIN;
      const keyStart = i;
      const key = string();
      const keyRange = lines.range(base + keyStart, base + i);
      const first = earlierEntry(node.entries, key, keys);
      if (first) problems.push(duplicateKey(key, first, keyRange, [...path, key]));
      skip();
      if (body.charCodeAt(i) !== COLON) throw NOT_PLAIN;
      i++;
      path.push(key);
      const entry: MapEntry = { key, keyRange, value: value(depth + 1) };
      path.pop();
      node.entries.push(entry);
      skip();
      const c = body.charCodeAt(i);
      i++;
      if (c === COMMA) continue;
      if (c === CLOSE_BRACE) {
        node.range.end = lines.position(base + i);
        return node;
      }
      throw NOT_PLAIN;
    }
  };

  const seq = (depth: number): SeqNode => {
    if (depth >= MAX_DEPTH) throw NOT_PLAIN;
    const start = lines.position(base + i);
    const node: SeqNode = { kind: 'seq', items: [], range: { start, end: start } };
    i++;
    skip();
    if (body.charCodeAt(i) === CLOSE_BRACKET) {
      i++;
      node.range.end = lines.position(base + i);
      return node;
    }
    for (;;) {
      path.push(node.items.length);
      node.items.push(value(depth + 1));
      path.pop();
      skip();
      const c = body.charCodeAt(i);
      i++;
      if (c === COMMA) continue;
      if (c === CLOSE_BRACKET) {
        node.range.end = lines.position(base + i);
        return node;
      }
      throw NOT_PLAIN;
    }
  };

  try {
    const root = value(0);
    skip();
    if (i < n) return undefined;
    return { root, problems };
  } catch (e) {
    if (e === NOT_PLAIN || e instanceof RangeError) return undefined;
    throw e;
  }
}

const LITERALS: [string, boolean | null][] = [
  ['true', true],
  ['false', false],
  ['null', null],
];
