import type { Path, Position, Range } from '../core/range.ts';
import { longFormKey } from './cfn-tags.ts';
import type { ParseProblem } from './document.ts';
import type { LineIndex } from './lines.ts';
import type { MapEntry, MapNode, Node, ScalarNode, SeqNode } from './node.ts';
import { duplicateKey, earlierEntry, type KeyIndex } from './problems.ts';
import {
  blockScalarValue,
  doubleQuotedValue,
  resolvePlain,
  singleQuotedValue,
  unfoldLines,
  UNSUPPORTED,
  unsupported,
} from './yaml-fast-scalars.ts';

/**
 * A single-pass reader for the block-style YAML that CloudFormation templates are written in. It builds exactly
 * the tree (nodes, ranges, problems) that the yaml library + YamlTree build, several times faster; anything it
 * does not handle, or is not sure of, makes it give up (readYamlFast returns undefined) and the file is read by
 * the library. It never reports a parse error itself: an invalid file is always one it gives up on.
 *
 * Not handled (give up): anchors, aliases, merge keys, explicit keys (`?`), directives, tabs other than on lines
 * starting with `#`, YAML core tags (`!!str`) and tags with characters other than letters, digits and `:`, two
 * tags on a node, several documents or `...`, a root that is not a block collection, a tag or block scalar alone
 * on the line below its key, comments, multi-line plain or quoted scalars, empty values and trailing commas inside
 * flow collections, flow lines not indented past their block, and every error.
 *
 * Offsets are in `body` (the text after a BOM); ranges are made by LineIndex, shifted by `base`.
 */
export interface FastYaml {
  root: Node;
  problems: ParseProblem[];
}

/** Deeper files are left to the library, which enforces MAX_DEPTH with its own message. */
const MAX_FAST_DEPTH = 128;

const SPACE = 32;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;
const DASH = 45;

export function readYamlFast(body: string, lines: LineIndex, base: number): FastYaml | undefined {
  try {
    return readYamlFastOrThrow(body, lines, base);
  } catch {
    // A bug here must not lose a file: the library reads it instead.
    return undefined;
  }
}

/** readYamlFast, but a bug in the reader throws (for tests). */
export function readYamlFastOrThrow(body: string, lines: LineIndex, base: number): FastYaml | undefined {
  // Tabs make indentation and separation rules subtle: the reader takes only those of comment lines and those
  // inside the text of a literal block scalar (checked after reading). A BOM past the start or a lone CR is
  // unusual enough.
  if (body.indexOf('\uFEFF') >= 0) return undefined;
  if (body.indexOf('\r') >= 0 && /\r(?!\n)/.test(body)) return undefined;
  const tabs = tabsOutsideCommentLines(body);
  try {
    const reader = new Reader(body, lines, base);
    const read = reader.document();
    return tabs.every((t) => reader.inLiteralText(t)) ? read : undefined;
  } catch (e) {
    if (e === UNSUPPORTED) return undefined;
    throw e;
  }
}

const CONTINUATION_ENDS = new Map<number, RegExp>();

/**
 * Finds the line break before the first line that does not continue a block scalar whose content is indented
 * `indent`: a line neither blank (spaces, then a line break) nor indented `indent` or more. The break is the
 * scalar's end. As in the lexer, spaces at the very end of the text do not make a blank line.
 */
function continuationEnd(indent: number): RegExp {
  let re = CONTINUATION_ENDS.get(indent);
  if (!re) CONTINUATION_ENDS.set(indent, (re = new RegExp(`\\n(?! {${indent}}| *\\r?\\n)`, 'g')));
  return re;
}

/**
 * Offsets of the tabs that are not on a comment line (a line whose first character other than a space is `#`).
 * A tab on a comment line is a comment's text, or the text of a block or quoted scalar, kept as the library keeps it.
 */
function tabsOutsideCommentLines(body: string): number[] {
  const out: number[] = [];
  for (let tab = body.indexOf('\t'); tab >= 0; ) {
    const ls = body.lastIndexOf('\n', tab - 1) + 1;
    let i = ls;
    while (body.charCodeAt(i) === SPACE) i++;
    const nl = body.indexOf('\n', tab);
    if (body.charCodeAt(i) !== HASH) {
      // every tab of the line (a comment's tabs too: its line is not a comment line)
      const end = nl < 0 ? body.length : nl;
      for (let t = tab; t >= 0 && t < end; t = body.indexOf('\t', t + 1)) out.push(t);
    }
    // the next line is next (each line is looked at once)
    if (nl < 0) break;
    tab = body.indexOf('\t', nl);
  }
  return out;
}

/** Scalar offsets of the last scalar read, for `!GetAtt a.b`, whose parts get exact ranges. */
interface Span {
  start: number;
  end: number;
}

interface Key {
  key: string;
  start: number;
  end: number;
  /** Offset just past the `:`. */
  after: number;
}

/** Characters that cannot start a plain scalar (YAML indicators), by char code; `-` and `:` are checked apart. */
const NOT_PLAIN = new Uint8Array(128);
for (const ch of '?,[]{}#&*!|>\'"%@`') NOT_PLAIN[ch.charCodeAt(0)] = 1;
const FLOW_INDICATORS = ',[]{}';

/**
 * The next occurrence of a string at or after an offset, or the text's length. Reading goes forward, so the last
 * answer holds for every offset between the last question and it: each search scans a stretch of text once.
 */
class NextOf {
  private from = 0;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  find(p: number): number {
    if (p >= this.from && p <= this.at) return this.at;
    this.from = p;
    const i = this.text.indexOf(this.needle, p);
    return (this.at = i < 0 ? this.text.length : i);
  }
}

/**
 * Characters are read with `this.body.charCodeAt(i)` itself, NaN past the end (equal to no character), rather than
 * through a helper: the compiler settings of a run over many files leave small functions uninlined, and this read
 * is the parser's most frequent operation.
 */
class Reader {
  private readonly len: number;
  /** Whether a comment ends the line plainLine just read. */
  private plainComment = false;
  private keyAt = -1;
  private keyFound: Key | undefined;
  // Searches for these within a line use the native indexOf, remembered so that the text is scanned once.
  private readonly comments: NextOf;
  private readonly colons: NextOf;
  private readonly colonSpaces: NextOf;
  readonly problems: ParseProblem[] = [];
  private readonly path: Path = [];
  private depth = 0;
  /** Where reading goes on: a line start after a block node, or the offset just past a flow node. */
  private pos = 0;
  private readonly lastScalar: Span = { start: 0, end: 0 };
  /** The lines of text of the literal block scalars read, and their indentation, where a tab is text. */
  private readonly literalTexts: { start: number; end: number; indent: number }[] = [];

  constructor(
    private readonly body: string,
    private readonly lines: LineIndex,
    private readonly base: number,
  ) {
    this.len = body.length;
    this.comments = new NextOf(body, ' #');
    this.colons = new NextOf(body, ':');
    this.colonSpaces = new NextOf(body, ': ');
  }

  // ---- positions and lines

  private at(offset: number): Position {
    return this.lines.position(this.base + offset);
  }

  /** Whether offset `t` is in the text of a literal block scalar, past its indentation: a tab there is text. */
  inLiteralText(t: number): boolean {
    const ls = this.body.lastIndexOf('\n', t - 1) + 1;
    return this.literalTexts.some((s) => s.start <= t && t < s.end && t - ls >= s.indent && this.skipSpaces(ls) >= ls + s.indent);
  }

  /** A line break or the end of the text at `i`. */
  private isEol(i: number): boolean {
    const c = this.body.charCodeAt(i);
    return i >= this.len || c === LF || (c === CR && this.body.charCodeAt(i + 1) === LF);
  }

  /** What may follow an indicator (`:`, `-`) or a tag: a space or the end of the line. */
  private isSep(i: number): boolean {
    return this.body.charCodeAt(i) === SPACE || this.isEol(i);
  }

  private skipSpaces(i: number): number {
    const body = this.body;
    while (body.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** End of the line holding `i`: its line break (the CR of a CRLF) or the text's end. */
  private lineEnd(i: number): number {
    const nl = this.body.indexOf('\n', i);
    if (nl < 0) return this.len;
    return nl > i && this.body.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
  }

  /** Start of the line after the one holding `i`. */
  private nextLine(i: number): number {
    const nl = this.body.indexOf('\n', i);
    return nl < 0 ? this.len : nl + 1;
  }

  /** The first line at or after line start `ls` with content other than a comment, or the text's length. */
  private contentLine(ls: number): number {
    while (ls < this.len) {
      const i = this.skipSpaces(ls);
      if (this.isEol(i) || this.body.charCodeAt(i) === HASH) {
        ls = this.nextLine(i);
        continue;
      }
      if (i === ls && this.isDocumentMarker(ls)) unsupported();
      return ls;
    }
    return this.len;
  }

  private isDocumentMarker(ls: number): boolean {
    const s = this.body.slice(ls, ls + 3);
    return (s === '---' || s === '...') && this.isSep(ls + 3);
  }

  /** After a node on a line: only spaces and a comment (preceded by a space) may follow. */
  private endOfLine(i: number): void {
    const j = this.skipSpaces(i);
    if (this.isEol(j)) return;
    if (this.body.charCodeAt(j) === HASH && j > i) return;
    unsupported();
  }

  private isSeqItem(i: number): boolean {
    return this.body.charCodeAt(i) === DASH && this.isSep(i + 1);
  }

  // ---- document

  document(): FastYaml {
    let ls = this.skipComments(0);
    if (this.isDocumentMarker(ls)) {
      this.endOfLine(ls + 3);
      ls = this.nextLine(ls);
    }
    ls = this.contentLine(ls);
    // An empty document, a lone scalar or a flow collection at the root: left to the library.
    if (ls >= this.len) unsupported();
    const indent = this.skipSpaces(ls) - ls;
    const root = this.blockCollection(ls, indent);
    if (this.contentLine(this.pos) < this.len) unsupported();
    return { root, problems: this.problems };
  }

  /** Skips blank and comment lines before a `---`, which contentLine would refuse. */
  private skipComments(ls: number): number {
    while (ls < this.len) {
      const i = this.skipSpaces(ls);
      if (!this.isEol(i) && this.body.charCodeAt(i) !== HASH) return ls;
      ls = this.nextLine(i);
    }
    return ls;
  }

  // ---- block collections

  /** A block map or sequence whose first line starts at `ls`, its first item at column `indent`. */
  private blockCollection(ls: number, indent: number): Node {
    const p = ls + indent;
    if (this.isSeqItem(p)) return this.blockSeq(p, indent);
    if (this.mapKey(p)) return this.blockMap(p, indent);
    return unsupported();
  }

  private enter(): void {
    if (++this.depth > MAX_FAST_DEPTH) unsupported();
  }

  /** A block map whose first key is at `p` (not necessarily at a line start: `- key: value`). */
  private blockMap(p: number, indent: number): MapNode {
    this.enter();
    const start = p;
    const entries: MapEntry[] = [];
    const keys: KeyIndex = { indexed: 0 };
    let last: Position;
    for (;;) {
      const k = this.mapKey(p) ?? unsupported();
      const keyRange = { start: this.at(k.start), end: this.at(k.end) };
      const first = earlierEntry(entries, k.key, keys);
      if (first) this.problems.push(duplicateKey(k.key, first, keyRange, [...this.path, k.key]));
      this.path.push(k.key);
      const value = this.blockValue(k.after, indent, true);
      this.path.pop();
      entries.push({ key: k.key, keyRange, value });
      last = value.range.end;
      const ls = this.contentLine(this.pos);
      if (ls >= this.len) break;
      const ind = this.skipSpaces(ls) - ls;
      if (ind < indent) break;
      if (ind > indent) unsupported();
      p = ls + ind;
    }
    this.depth--;
    return { kind: 'map', entries, range: { start: this.at(start), end: last } };
  }

  /** A block sequence whose first `-` is at `p`. */
  private blockSeq(p: number, indent: number): SeqNode {
    this.enter();
    const start = p;
    const items: Node[] = [];
    for (;;) {
      this.path.push(items.length);
      const q = this.skipSpaces(p + 1);
      let item: Node;
      // `- - a` and `- key: value`: a collection whose indentation is its first item's column
      if (this.isSeqItem(q)) item = this.blockSeq(q, q - this.lineStart(q));
      else if (!this.isEol(q) && this.mapKey(q)) item = this.blockMap(q, q - this.lineStart(q));
      else item = this.blockValue(p + 1, indent, false);
      this.path.pop();
      items.push(item);
      const ls = this.contentLine(this.pos);
      if (ls >= this.len) break;
      const ind = this.skipSpaces(ls) - ls;
      if (ind < indent) break;
      if (ind > indent) unsupported();
      // A sequence at its parent key's indentation ends at the parent's next key.
      if (!this.isSeqItem(ls + ind)) break;
      p = ls + ind;
    }
    this.depth--;
    return { kind: 'seq', items, range: { start: this.at(start), end: items[items.length - 1].range.end } };
  }

  private lineStart(i: number): number {
    return this.body.lastIndexOf('\n', i - 1) + 1;
  }

  /**
   * A block map key at `p` followed by `:` and a space or line end: a plain or quoted scalar on one line.
   * Undefined when the line holds no key there.
   */
  private mapKey(p: number): Key | undefined {
    // A line is often asked twice (is it a map? then its first key): the last answer is kept.
    if (p === this.keyAt) return this.keyFound;
    this.keyAt = p;
    return (this.keyFound = this.readKey(p));
  }

  private readKey(p: number): Key | undefined {
    const c = this.body.charCodeAt(p);
    if (c === 34 || c === 39) {
      const end = this.quotedEnd(p);
      if (end < 0) return undefined;
      const colon = this.skipSpaces(end);
      if (this.body.charCodeAt(colon) !== COLON || !this.isSep(colon + 1)) return undefined;
      const raw = this.body.slice(p, end);
      const key = c === 34 ? doubleQuotedValue(raw) : singleQuotedValue(raw);
      return { key, start: p, end, after: colon + 1 };
    }
    if (!this.plainStart(p)) return undefined;
    const body = this.body;
    const eol = this.lineEnd(p);
    // a plain key ends at the first `:` followed by a space or the line end, before any comment
    const stop = Math.min(eol, this.comments.find(p));
    for (let i = this.colons.find(p); i < stop; i = this.colons.find(i + 1)) {
      if (i + 1 === eol || body.charCodeAt(i + 1) === SPACE) {
        let end = i;
        while (body.charCodeAt(end - 1) === SPACE) end--;
        const key = body.slice(p, end);
        // merge keys, and keys the library would refuse or flag, are its business
        if (key === '<<' || key.length > 1000) unsupported();
        return { key, start: p, end, after: i + 1 };
      }
    }
    return undefined;
  }

  /**
   * Whether a plain scalar may start at `p`. Indicators are left to the library, except a `-` or `:` that is
   * part of the text (`-1`, `:iot`).
   */
  private plainStart(p: number): boolean {
    if (this.isSep(p)) return false;
    const c = this.body.charCodeAt(p);
    if (c < 128 && NOT_PLAIN[c]) return false;
    if (c === COLON) return !this.isSep(p + 1) && !FLOW_INDICATORS.includes(this.body[p + 1]);
    return c !== DASH || !this.isSep(p + 1);
  }

  // ---- block values

  /**
   * The value after an indicator (`key:` or `-`) that ends at `after`, in a collection indented `indent`.
   * `inMap`: a sequence may then start at the map's own indentation on the next line. `ownLine`: the value
   * starts on a line of its own, below its key or `-`.
   */
  private blockValue(after: number, indent: number, inMap: boolean, ownLine = false): Node {
    let p = this.skipSpaces(after);
    if (this.body.charCodeAt(p) !== 33 /* ! */) return this.untagged(p, indent, inMap, false);
    const tagEnd = this.tagEnd(p);
    const tag = this.body.slice(p, tagEnd);
    if (!this.isSep(tagEnd)) unsupported();
    const key = longFormKey(tag);
    const tagStart = p;
    p = this.skipSpaces(tagEnd);
    if (this.body.charCodeAt(p) === 33) unsupported();
    // a tag alone on the line below its key: where its collection may start is left to the library
    if (ownLine && (this.isEol(p) || this.body.charCodeAt(p) === HASH)) unsupported();
    if (!key) {
      this.unknownTag(tag, tagStart, tagEnd);
      return this.untagged(p, indent, inMap, true);
    }
    this.enter();
    this.path.push(key);
    const value = this.untagged(p, indent, inMap, true);
    this.path.pop();
    this.depth--;
    return this.shortForm(tag, key, tagStart, tagEnd, value);
  }

  /** As YamlTree: a tag that is not a short form is reported, and the value read as if untagged (as text). */
  private unknownTag(tag: string, start: number, end: number): void {
    this.problems.push({
      ruleId: 'parse/unknown-tag',
      message: `Unknown tag ${tag}: not a CloudFormation short form; the value is read without it`,
      range: { start: this.at(start), end: this.at(end) },
      path: this.path.slice(),
    });
  }

  private tagEnd(p: number): number {
    let i = p + 1;
    for (;;) {
      const c = this.body.charCodeAt(i);
      // letters, digits and `:` (`!Rain::Module`); any other tag character makes the caller give up
      if ((c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) i++;
      else return i;
    }
  }

  /** `!Sub x` is `{"Fn::Sub": x}`; the map spans the tag and the value, its key range is the tag's. */
  private shortForm(tag: string, key: string, tagStart: number, tagEnd: number, value: Node): MapNode {
    if (key === 'Fn::GetAtt' && value.kind === 'scalar' && typeof value.value === 'string') {
      value = this.splitGetAtt(value);
    }
    const keyRange = { start: this.at(tagStart), end: this.at(tagEnd) };
    return { kind: 'map', entries: [{ key, keyRange, value }], range: { start: keyRange.start, end: value.range.end }, shortTag: tag };
  }

  /** As YamlTree.splitGetAtt: `a.b.c` is `["a", "b.c"]`, with exact ranges when the source is the value. */
  private splitGetAtt(value: ScalarNode): SeqNode {
    const s = value.value as string;
    const dot = s.indexOf('.');
    const { start, end } = this.lastScalar;
    const exact = this.body.slice(start, end) === s;
    const part = (from: number, to: number): ScalarNode => ({
      kind: 'scalar',
      value: s.slice(from, to),
      range: exact ? { start: this.at(start + from), end: this.at(start + to) } : value.range,
    });
    const items = dot < 0 ? [part(0, s.length)] : [part(0, dot), part(dot + 1, s.length)];
    return { kind: 'seq', items, range: value.range };
  }

  private scalar(value: ScalarNode['value'], start: number, end: number): ScalarNode {
    this.lastScalar.start = start;
    this.lastScalar.end = end;
    return { kind: 'scalar', value, range: { start: this.at(start), end: this.at(end) } };
  }

  /** A value at `p` (past the spaces after its indicator or tag); sets `pos` to the line after it. */
  private untagged(p: number, indent: number, inMap: boolean, tagged: boolean): Node {
    const c = this.body.charCodeAt(p);
    if (this.isEol(p) || c === HASH) return this.nextLineValue(p, indent, inMap, tagged);
    if (c === 124 /* | */ || c === 62 /* > */) return this.blockScalar(p, indent);
    if (c === 91 /* [ */ || c === 123 /* { */) {
      const node = this.flowCollection(p, indent);
      this.endOfLine(this.pos);
      this.pos = this.nextLine(this.pos);
      return node;
    }
    if (c === 34 || c === 39) return this.blockQuoted(p, indent);
    if (!this.plainStart(p)) unsupported();
    return this.blockPlain(p, indent, tagged);
  }

  /** Nothing after the indicator on its line: a collection on the next lines, or an empty value. */
  private nextLineValue(p: number, indent: number, inMap: boolean, tagged: boolean): Node {
    const ls = this.contentLine(this.nextLine(p));
    if (ls < this.len) {
      const ind = this.skipSpaces(ls) - ls;
      const q = ls + ind;
      if (ind > indent) {
        if (this.isSeqItem(q) || this.mapKey(q)) return this.blockCollection(ls, ind);
        // A scalar or flow collection alone on the next line (a block scalar or a second tag there: not handled)
        const c = this.body.charCodeAt(q);
        if (c === 124 || c === 62 || (tagged && c === 33)) unsupported();
        return tagged ? this.untagged(q, indent, false, true) : this.blockValue(q, indent, false, true);
      }
      if (ind === indent && inMap && this.isSeqItem(q)) return this.blockSeq(q, ind);
    }
    this.pos = this.nextLine(p);
    // The library places an empty value just past the indicator (or tag) and the spaces after it.
    return this.scalar(tagged ? '' : null, p, p);
  }

  /** A plain scalar in a block collection, maybe continued on more indented lines (folded into one). */
  private blockPlain(p: number, indent: number, tagged: boolean): ScalarNode {
    let end = this.plainLine(p);
    let comment = this.plainComment;
    let multiline = false;
    let ls = this.nextLine(end);
    while (!comment && ls < this.len) {
      const i = this.skipSpaces(ls);
      if (this.isEol(i)) {
        ls = this.nextLine(i);
        continue;
      }
      if (i - ls <= indent || this.body.charCodeAt(i) === HASH) break;
      // A continuation line that looks like a key, an item or another indicator: the library decides.
      if (!this.plainStart(i)) unsupported();
      end = this.plainLine(i);
      comment = this.plainComment;
      multiline = true;
      ls = this.nextLine(end);
    }
    this.pos = this.nextLine(end);
    const source = this.body.slice(p, end);
    const text = multiline ? unfoldLines(source) : source;
    return this.scalar(tagged ? text : resolvePlain(text), p, end);
  }

  /**
   * One line of a plain scalar in block context: the end of its text; plainComment tells whether a comment
   * follows. A `: ` in it would make it a key (an error in a value), so the library reads it.
   */
  private plainLine(p: number): number {
    const body = this.body;
    const eol = this.lineEnd(p);
    const hash = this.comments.find(p);
    const comment = hash < eol;
    let end = comment ? hash : eol;
    if (this.colonSpaces.find(p) < end || body.charCodeAt(end - 1) === COLON) unsupported();
    while (body.charCodeAt(end - 1) === SPACE) end--;
    this.plainComment = comment;
    return end;
  }

  /** Offset past the closing quote of the quoted scalar at `p` if it closes on the same line, else -1. */
  private quotedEnd(p: number): number {
    const end = this.quoteClose(p);
    if (end < 0) return -1;
    const nl = this.body.indexOf('\n', p);
    return nl >= 0 && nl < end ? -1 : end;
  }

  /** Offset past the closing quote of the quoted scalar at `p`, or -1 if it never closes. */
  private quoteClose(p: number): number {
    const body = this.body;
    if (body.charCodeAt(p) === 34) {
      // a `"` closes unless an odd number of backslashes escapes it
      for (let q = body.indexOf('"', p + 1); q >= 0; q = body.indexOf('"', q + 1)) {
        let k = q - 1;
        while (body.charCodeAt(k) === 92 /* \ */) k--;
        if ((q - 1 - k) % 2 === 0) return q + 1;
      }
      return -1;
    }
    // a `'` closes unless doubled
    for (let q = body.indexOf("'", p + 1); q >= 0; q = body.indexOf("'", q + 2)) {
      if (body.charCodeAt(q + 1) !== 39) return q + 1;
    }
    return -1;
  }

  /** A quoted scalar value in a block collection; its continuation lines must be indented past `indent`. */
  private blockQuoted(p: number, indent: number): ScalarNode {
    const end = this.quoteClose(p);
    if (end < 0) unsupported();
    this.checkContinuation(p, end, indent);
    this.endOfLine(end);
    if (this.body.charCodeAt(this.skipSpaces(end)) === COLON) unsupported();
    this.pos = this.nextLine(end);
    const raw = this.body.slice(p, end);
    return this.scalar(this.body.charCodeAt(p) === 34 ? doubleQuotedValue(raw) : singleQuotedValue(raw), p, end);
  }

  /** Every non-blank line after the first in [p, end) is indented more than `indent`. */
  private checkContinuation(p: number, end: number, indent: number): void {
    for (let nl = this.body.indexOf('\n', p); nl >= 0 && nl < end; nl = this.body.indexOf('\n', nl + 1)) {
      const i = this.skipSpaces(nl + 1);
      if (!this.isEol(i) && i - (nl + 1) <= indent) unsupported();
    }
  }

  /**
   * A block scalar (`|` or `>`) at `p`, delimited as yaml's lexer does (lexer.js parseBlockScalar), valued as
   * its resolveBlockScalar does. Its range runs to the start of the line after its last kept line.
   */
  private blockScalar(p: number, indent: number): ScalarNode {
    const body = this.body;
    const folded = body.charCodeAt(p) === 62;
    let chomp: '' | '-' | '+' = '';
    let digit = 0;
    let h = p + 1;
    // a chomping indicator and an indentation indicator (1-9), in either order
    for (let n = 0; n < 2; n++, h++) {
      const ch = body[h];
      if (!chomp && (ch === '-' || ch === '+')) chomp = ch;
      else if (!digit && ch >= '1' && ch <= '9') digit = Number(ch);
      else break;
    }
    if (!this.isSep(h)) unsupported();
    this.endOfLine(h);
    const pos = this.nextLine(h);
    const nl = this.blockScalarEnd(pos, indent + 1, chomp === '+', digit, folded);
    const end = Math.min(nl + 1, this.len);
    const source = body.slice(pos, end);
    this.pos = end;
    return this.scalar(blockScalarValue(source, folded, chomp, digit ? indent + digit : 0), p, end);
  }

  /**
   * lexer.js parseBlockScalar, for a whole text (atEnd): the offset of the last line's break. Its handling of
   * tabs after the scalar (taken into it, to be reported) is not ported: such a tab lies outside the text
   * recorded in literalTexts, so the document goes to the library.
   * `digit` is the explicit indentation indicator, or 0.
   */
  private blockScalarEnd(pos: number, indentNext: number, keep: boolean, digit: number, folded: boolean): number {
    const body = this.body;
    let nl = pos - 1;
    let indent = 0;
    loop: for (let i = pos; i < this.len; ++i) {
      switch (body.charCodeAt(i)) {
        case SPACE:
          indent += 1;
          break;
        case LF:
          nl = i;
          indent = 0;
          break;
        case CR:
          if (body.charCodeAt(i + 1) === LF) break;
          break loop;
        default:
          break loop;
      }
    }
    if (indent >= indentNext) {
      // continueScalar, line after line: the scalar goes on over blank lines and lines indented at least as
      // much as its content; the first other line ends it (a regular expression finds that line's break)
      const textIndent = digit ? digit - 1 + indentNext : indent;
      const ends = continuationEnd(textIndent);
      ends.lastIndex = nl;
      const m = ends.exec(body);
      if (!folded) this.literalTexts.push({ start: pos, end: m ? m.index : this.len, indent: textIndent });
      nl = m ? m.index : this.len;
    }
    if (!keep) {
      for (;;) {
        let i = nl - 1;
        let ch = body.charCodeAt(i);
        if (ch === CR) ch = body.charCodeAt(--i);
        const lastChar = i;
        while (ch === SPACE) ch = body.charCodeAt(--i);
        if (ch === LF && i >= pos && i + 1 + indent > lastChar) nl = i;
        else break;
      }
    }
    return nl;
  }

  // ---- flow collections

  /** `[...]` or `{...}` at `p`; sets `pos` just past its closing bracket. Lines inside are indented past `indent`. */
  private flowCollection(p: number, indent: number): MapNode | SeqNode {
    this.enter();
    const node = this.body.charCodeAt(p) === 91 ? this.flowSeq(p, indent) : this.flowMap(p, indent);
    this.depth--;
    return node;
  }

  private flowSeq(p: number, indent: number): SeqNode {
    const items: Node[] = [];
    let i = this.flowSpace(p + 1, indent);
    if (this.body.charCodeAt(i) !== 93 /* ] */) {
      for (;;) {
        this.path.push(items.length);
        items.push(this.flowValue(i, indent, true));
        this.path.pop();
        i = this.flowSpace(this.pos, indent);
        if (this.body.charCodeAt(i) === 44 /* , */) {
          i = this.flowSpace(i + 1, indent);
          if (this.body.charCodeAt(i) === 93) unsupported(); // a trailing comma
          continue;
        }
        if (this.body.charCodeAt(i) === 93) break;
        unsupported();
      }
    }
    this.pos = i + 1;
    return { kind: 'seq', items, range: { start: this.at(p), end: this.at(i + 1) } };
  }

  private flowMap(p: number, indent: number): MapNode {
    const entries: MapEntry[] = [];
    const keys: KeyIndex = { indexed: 0 };
    let i = this.flowSpace(p + 1, indent);
    if (this.body.charCodeAt(i) !== 125 /* } */) {
      for (;;) {
        const k = this.flowKey(i);
        const keyRange = { start: this.at(k.start), end: this.at(k.end) };
        const first = earlierEntry(entries, k.key, keys);
        if (first) this.problems.push(duplicateKey(k.key, first, keyRange, [...this.path, k.key]));
        this.path.push(k.key);
        const value = this.flowValue(this.flowSpace(k.after, indent), indent, false);
        this.path.pop();
        entries.push({ key: k.key, keyRange, value });
        i = this.flowSpace(this.pos, indent);
        if (this.body.charCodeAt(i) === 44) {
          i = this.flowSpace(i + 1, indent);
          if (this.body.charCodeAt(i) === 125) unsupported();
          continue;
        }
        if (this.body.charCodeAt(i) === 125) break;
        unsupported();
      }
    }
    this.pos = i + 1;
    return { kind: 'map', entries, range: { start: this.at(p), end: this.at(i + 1) } };
  }

  /** Spaces and line breaks inside a flow collection; comments, and lines not indented past `indent`, are not handled. */
  private flowSpace(i: number, indent: number): number {
    for (;;) {
      i = this.skipSpaces(i);
      if (i >= this.len) unsupported();
      const c = this.body.charCodeAt(i);
      if (c === HASH) unsupported();
      if (c === CR || c === LF) {
        const ls = this.nextLine(i);
        const j = this.skipSpaces(ls);
        if (!this.isEol(j) && j - ls <= indent) unsupported();
        i = ls;
        continue;
      }
      return i;
    }
  }

  /** A flow map key: a plain or quoted scalar on one line, then `:` and a space or line break. */
  private flowKey(p: number): Key {
    const c = this.body.charCodeAt(p);
    let key: string;
    let end: number;
    let colon: number;
    if (c === 34 || c === 39) {
      end = this.quotedEnd(p);
      if (end < 0) unsupported();
      const raw = this.body.slice(p, end);
      key = c === 34 ? doubleQuotedValue(raw) : singleQuotedValue(raw);
      colon = this.skipSpaces(end);
    } else {
      if (!this.plainStart(p) || c === COLON) unsupported();
      colon = this.flowPlainEnd(p);
      end = colon;
      while (this.body.charCodeAt(end - 1) === SPACE) end--;
      key = this.body.slice(p, end);
    }
    if (this.body.charCodeAt(colon) !== COLON || !this.isSep(colon + 1)) unsupported();
    return { key, start: p, end, after: colon + 1 };
  }

  /**
   * Where a plain scalar in a flow collection stops: at a flow indicator, a `:` that is an indicator, or the line
   * end (a scalar continued on the next line is then refused by the caller, which expects `,` or a bracket).
   */
  private flowPlainEnd(p: number): number {
    const body = this.body;
    let i = p;
    for (; i < this.len; i++) {
      const ch = body.charCodeAt(i);
      if (ch === LF || ch === CR || ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125) break;
      if (ch === HASH && body.charCodeAt(i - 1) === SPACE) unsupported();
      if (ch === COLON) {
        const n = body.charCodeAt(i + 1);
        if (this.isSep(i + 1) || n === 44 || n === 91 || n === 93 || n === 123 || n === 125) break;
      }
    }
    return i;
  }

  /** A value in a flow collection at `p`; sets `pos` just past it. */
  private flowValue(p: number, indent: number, inSeq: boolean): Node {
    const c = this.body.charCodeAt(p);
    if (c === 33 /* ! */) {
      const tagEnd = this.tagEnd(p);
      const tag = this.body.slice(p, tagEnd);
      if (this.body.charCodeAt(tagEnd) !== SPACE) unsupported();
      const q = this.skipSpaces(tagEnd);
      if (this.isEol(q) || this.body.charCodeAt(q) === 33) unsupported();
      const key = longFormKey(tag);
      if (!key) {
        this.unknownTag(tag, p, tagEnd);
        return this.flowUntagged(q, indent, inSeq, true);
      }
      this.enter();
      this.path.push(key);
      const value = this.flowUntagged(q, indent, inSeq, true);
      this.path.pop();
      this.depth--;
      return this.shortForm(tag, key, p, tagEnd, value);
    }
    return this.flowUntagged(p, indent, inSeq, false);
  }

  private flowUntagged(p: number, indent: number, inSeq: boolean, tagged: boolean): Node {
    const c = this.body.charCodeAt(p);
    if (c === 91 || c === 123) return this.flowCollection(p, indent);
    let node: ScalarNode;
    let key: string;
    if (c === 34 || c === 39) {
      const end = this.quotedEnd(p);
      if (end < 0) unsupported(); // multi-line quoted scalars in flow: left to the library
      const raw = this.body.slice(p, end);
      key = c === 34 ? doubleQuotedValue(raw) : singleQuotedValue(raw);
      node = this.scalar(key, p, end);
      this.pos = end;
    } else {
      if (!this.plainStart(p) || c === COLON) unsupported();
      let end = this.flowPlainEnd(p);
      while (this.body.charCodeAt(end - 1) === SPACE) end--;
      key = this.body.slice(p, end);
      node = this.scalar(tagged ? key : resolvePlain(key), p, end);
      this.pos = end;
    }
    const colon = this.skipSpaces(this.pos);
    if (this.body.charCodeAt(colon) !== COLON) return node;
    // `[Ref: X]` is a map of one pair in the sequence; `{a: b: c}` and the like are for the library
    if (!inSeq || tagged || !this.isSep(colon + 1)) unsupported();
    return this.flowPair(key, node.range, colon + 1, indent);
  }

  /** The single-pair map `key: value` written as a flow sequence item; its range runs from key to value. */
  private flowPair(key: string, keyRange: Range, after: number, indent: number): MapNode {
    const q = this.flowSpace(after, indent);
    const c = this.body.charCodeAt(q);
    if (c === 44 || c === 93 || c === 125) unsupported(); // an empty value
    this.enter();
    this.path.push(key);
    const value = this.flowValue(q, indent, false);
    this.path.pop();
    this.depth--;
    return { kind: 'map', entries: [{ key, keyRange, value }], range: { start: keyRange.start, end: value.range.end } };
  }
}
