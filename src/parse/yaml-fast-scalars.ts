/**
 * Scalar values for the fast YAML reader (yaml-fast.ts). The folding and escape functions are ports of the yaml
 * library's own (compose/resolve-flow-scalar.js, resolve-block-scalar.js, yaml 2.9.1) so that the fast reader
 * yields the very same strings; where the library would report an error these throw UNSUPPORTED instead, and the
 * file is then read by the library.
 */
import { numberOrSource } from './scalars.ts';

/** Thrown (never as an Error: no stack to capture) when the input is outside what the fast reader handles. */
export const UNSUPPORTED = { unsupported: true } as const;

export function unsupported(): never {
  throw UNSUPPORTED;
}

const LINE = /(.*?)\r?\n/sy;
const TRIM_END = /(?<![ \t])[ \t]+$/;
const TRIM_BOTH = /^[ \t]+|(?<![ \t])[ \t]+$/g;
const LAST = /[ \t]*(.*)/sy;

/** Line folding of plain and single-quoted scalars: one line break is a space, n empty lines are n line breaks. */
export function unfoldLines(source: string): string {
  LINE.lastIndex = 0;
  let match = LINE.exec(source);
  if (!match) return source;
  let res = match[1].replace(TRIM_END, '');
  let sep = ' ';
  let pos = LINE.lastIndex;
  while ((match = LINE.exec(source))) {
    const lm = match[1].replace(TRIM_BOTH, '');
    if (lm === '') {
      if (sep === '\n') res += sep;
      else sep = '\n';
    } else {
      res += sep + lm;
      sep = ' ';
    }
    pos = LINE.lastIndex;
  }
  LAST.lastIndex = pos;
  match = LAST.exec(source);
  return res + sep + (match?.[1] ?? '');
}

/** `source` includes both quotes. */
export function singleQuotedValue(source: string): string {
  const inner = source.slice(1, -1);
  const text = inner.indexOf('\n') < 0 ? inner : unfoldLines(inner);
  return text.indexOf("''") < 0 ? text : text.replace(/''/g, "'");
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
};

/** `source` includes both quotes. */
export function doubleQuotedValue(source: string): string {
  // The common case, one line without escapes, is the text between the quotes.
  const inner = source.slice(1, -1);
  if (!/[\\\n \t]/.test(inner)) return inner;
  let res = '';
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === '\r' && source[i + 1] === '\n') continue;
    if (ch === '\n') {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === '\\') {
      let next = source[++i];
      const cc = ESCAPES[next];
      if (cc) res += cc;
      else if (next === '\n') {
        next = source[i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === '\r' && source[i + 1] === '\n') {
        next = source[++i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        res += charCode(source, i + 1, length);
        i += length;
      } else unsupported(); // an invalid escape: the library reports it
    } else if (ch === ' ' || ch === '\t') {
      // trailing white space of a line is dropped
      const wsStart = i;
      let next = source[i + 1];
      while (next === ' ' || next === '\t') next = source[++i + 1];
      if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else res += ch;
  }
  return res;
}

function foldNewline(source: string, offset: number): { fold: string; offset: number } {
  let fold = '';
  let ch = source[offset + 1];
  while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
    if (ch === '\r' && source[offset + 2] !== '\n') break;
    if (ch === '\n') fold += '\n';
    offset += 1;
    ch = source[offset + 1];
  }
  return { fold: fold || ' ', offset };
}

function charCode(source: string, offset: number, length: number): string {
  const cc = source.substr(offset, length);
  if (cc.length !== length || !/^[0-9a-fA-F]+$/.test(cc)) unsupported();
  const code = parseInt(cc, 16);
  if (code > 0x10ffff) unsupported();
  return String.fromCodePoint(code);
}

/**
 * The value of a block scalar (`|` or `>`), from the content lines exactly as yaml's lexer delimits them
 * (`source`). `explicit` is the indentation of the content when the header gives it (the parent collection's
 * indentation plus the indicator), else 0.
 */
export function blockScalarValue(source: string, folded: boolean, chomp: '' | '-' | '+', explicit: number): string {
  const lines = source ? splitLines(source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === '' || content === '\r') chompStart = i;
    else break;
  }
  if (chompStart === 0) return chomp === '+' && lines.length > 0 ? '\n'.repeat(Math.max(1, lines.length - 1)) : '';
  let trimIndent = explicit;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === '' || content === '\r') {
      // a leading empty line longer than the content's indentation is an error for the library
      if (!explicit && indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent || indent.length === 0) unsupported();
      if (!explicit) trimIndent = indent.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent) chompStart = i + 1;
  }
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const indent = lines[i][0];
    let content = lines[i][1];
    if (content[content.length - 1] === '\r') content = content.slice(0, -1);
    if (content && indent.length < trimIndent) unsupported();
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent || content[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) value += '\n' + lines[i][0].slice(trimIndent);
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp === '') value += '\n';
  return value;
}

function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = /^( *)/.exec(first);
  const lines: [string, string][] = [m?.[1] ? [m[1], first.slice(m[1].length)] : ['', first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
  return lines;
}

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * YAML 1.2 core-schema resolution of an untagged plain scalar, tested in the library's order, then our number
 * rule (numberOrSource): what YamlTree makes of the library's value.
 */
export function resolvePlain(s: string): string | number | boolean | null {
  const c = s.charCodeAt(0);
  // Only these first characters can start a null, a boolean or a number: most scalars skip the tests.
  // ~ + - . 0-9 N n T t F f
  if (
    !(c === 126 || c === 43 || c === 45 || c === 46 || (c >= 48 && c <= 57) || c === 78 || c === 110) &&
    !(c === 84 || c === 116 || c === 70 || c === 102) &&
    s !== ''
  )
    return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_OCT.test(s)) return numberOrSource(parseInt(s.substring(2), 8), s);
  if (INT.test(s)) return numberOrSource(parseInt(s, 10), s);
  if (INT_HEX.test(s)) return numberOrSource(parseInt(s.substring(2), 16), s);
  if (FLOAT_NAN.test(s)) return s; // not finite: numberOrSource keeps the text
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return numberOrSource(parseFloat(s), s);
  return s;
}
