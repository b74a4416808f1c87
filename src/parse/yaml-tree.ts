import { isAlias, isMap, isScalar, isSeq, type Alias, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Path, Position, Range } from '../core/range.ts';
import type { ParseProblem } from './document.ts';
import { displayTag, isYamlTag, longFormKey } from './cfn-tags.ts';
import type { LineIndex } from './lines.ts';
import type { MapEntry, MapNode, Node, ScalarNode, SeqNode } from './node.ts';
import { duplicateKey, earlierEntry, MAX_DEPTH, ParseAbort, tooDeep, type KeyIndex } from './problems.ts';
import { numberOrSource } from './scalars.ts';

/** Nodes an alias may add in total; past it the file is an alias bomb, not a template. */
export const MAX_ALIAS_NODES = 100_000;

/** Where each non-core tag was written (body offsets), sorted by start; yaml keeps no tag position on nodes. */
export interface TagSpans {
  starts: number[];
  ends: number[];
}

type Offsets = [number, number, number];

/** A yaml node's [start, valueEnd, nodeEnd]; nodes built by yaml rather than parsed have none. */
function offsets(y: unknown, at: number): Offsets {
  return (y as { range?: Offsets | null } | null)?.range ?? [at, at, at];
}

function isMergeKey(k: unknown): boolean {
  return isScalar(k) && typeof k.value === 'symbol';
}

/**
 * Turns the AST of one yaml document into our tree: short-form tags into long form, aliases into copies, merge
 * keys applied, keys as strings. Recursive, but never deeper than MAX_DEPTH, past which it gives up.
 */
export class YamlTree {
  readonly problems: ParseProblem[] = [];
  private readonly path: Path = [];
  // null while the anchored node is still being built: an alias to it then is a cycle
  private readonly anchors = new Map<string, Node | null>();
  private aliasBudget = MAX_ALIAS_NODES;
  private aliasAt: Offsets = [0, 0, 0];

  constructor(
    private readonly body: string,
    private readonly lines: LineIndex,
    /** Offset of the body in the original text (a BOM's length). */
    private readonly base: number,
    private readonly tags: TagSpans,
  ) {}

  build(y: unknown): Node {
    return this.convert(y, 0, 0);
  }

  private pos(offset: number): Position {
    return this.lines.position(this.base + offset);
  }

  private range(start: number, end: number): Range {
    return this.lines.range(this.base + start, this.base + end);
  }

  /** `depth` counts the collections above `y`; `at` places a missing node. */
  private convert(y: unknown, depth: number, at: number): Node {
    if (y == null) return { kind: 'scalar', value: null, range: this.range(at, at) };
    if (isAlias(y)) return this.alias(y, depth);
    const anchor = (y as { anchor?: string }).anchor;
    if (anchor) this.anchors.set(anchor, null);
    const tag = (y as { tag?: string }).tag;
    const node = tag && tag !== '!' && !isYamlTag(tag) ? this.tagged(y, tag, depth) : this.plain(y, depth);
    if (anchor) this.anchors.set(anchor, node);
    return node;
  }

  private plain(y: unknown, depth: number): Node {
    if (isScalar(y)) return this.scalar(y);
    if (isMap(y)) return this.map(y, depth);
    if (isSeq(y)) return this.seq(y, depth);
    const [start, end] = offsets(y, 0);
    throw new ParseAbort('unexpected YAML node', start, end);
  }

  private tagged(y: unknown, tag: string, depth: number): Node {
    const [start] = offsets(y, 0);
    const span = this.tagSpan(start);
    const key = longFormKey(tag);
    if (!key) {
      this.problems.push({
        ruleId: 'parse/unknown-tag',
        message: `Unknown tag ${displayTag(tag)}: not a CloudFormation short form; the value is read without it`,
        range: this.range(span[0], span[1]),
        path: this.path.slice(),
      });
      return this.plain(y, depth);
    }
    if (depth >= MAX_DEPTH) throw new ParseAbort(tooDeep(), span[0], span[1]);
    this.path.push(key);
    let value = this.plain(y, depth + 1);
    this.path.pop();
    if (key === 'Fn::GetAtt' && isScalar(y) && value.kind === 'scalar' && typeof value.value === 'string') {
      value = this.splitGetAtt(y, value);
    }
    const keyRange = this.range(span[0], span[1]);
    const node: MapNode = {
      kind: 'map',
      entries: [{ key, keyRange, value }],
      range: { start: keyRange.start, end: value.range.end },
      shortTag: tag,
    };
    return node;
  }

  /** The tag written just before a node starting at `start`, or an empty span there if none was recorded. */
  private tagSpan(start: number): [number, number] {
    const { starts, ends } = this.tags;
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && ends[found] <= start ? [starts[found], ends[found]] : [start, start];
  }

  /** `!GetAtt a.b.c` is `["a", "b.c"]`: the logical id never holds a dot, an attribute name may. */
  private splitGetAtt(y: Scalar, value: ScalarNode): SeqNode {
    const s = value.value as string;
    const dot = s.indexOf('.');
    const [start, end] = offsets(y, 0);
    // Exact sub-ranges only when the source is the value itself (plain, one line); else both get the whole scalar.
    const exact = this.body.slice(start, end) === s;
    const part = (from: number, to: number): ScalarNode => ({
      kind: 'scalar',
      value: s.slice(from, to),
      range: exact ? this.range(start + from, start + to) : value.range,
    });
    const items = dot < 0 ? [part(0, s.length)] : [part(0, dot), part(dot + 1, s.length)];
    return { kind: 'seq', items, range: value.range };
  }

  private scalar(y: Scalar): ScalarNode {
    const v = y.value;
    const [start, end] = offsets(y, 0);
    let value: ScalarNode['value'];
    if (typeof v === 'string' || typeof v === 'boolean' || v === null) value = v;
    else if (typeof v === 'number') value = numberOrSource(v, y.source ?? String(v));
    // !!binary, !!timestamp and the like: CloudFormation sees the text
    else value = y.source ?? String(v);
    return { kind: 'scalar', value, range: this.range(start, end) };
  }

  private map(y: YAMLMap, depth: number): MapNode {
    const [start, end] = offsets(y, 0);
    if (depth >= MAX_DEPTH) throw new ParseAbort(tooDeep(), start, start + 1);
    const entries: MapEntry[] = [];
    const keys: KeyIndex = { indexed: 0 };
    let merges: { node: Node; at: Offsets }[] | undefined;
    let mergeAt = 0;
    let last: Position | undefined;
    for (const pair of y.items) {
      const k = pair.key;
      const keyEnd = offsets(k, start)[1];
      if (isMergeKey(k)) {
        this.path.push('<<');
        const node = this.convert(pair.value, depth + 1, keyEnd);
        this.path.pop();
        if (!merges) mergeAt = entries.length;
        (merges ??= []).push({ node, at: offsets(pair.value, keyEnd) });
        last = node.range.end;
        continue;
      }
      const { key, keyRange } = this.key(k, keyEnd);
      const first = earlierEntry(entries, key, keys);
      if (first) this.problems.push(duplicateKey(key, first, keyRange, [...this.path, key]));
      this.path.push(key);
      const value = this.convert(pair.value, depth + 1, keyEnd);
      this.path.pop();
      entries.push({ key, keyRange, value });
      last = pair.value == null ? keyRange.end : value.range.end;
    }
    if (merges) this.merge(entries, merges, mergeAt);
    // A block map's own range runs on to the next line; it ends where its last value does.
    return { kind: 'map', entries, range: { start: this.pos(start), end: y.flow || !last ? this.pos(end) : last } };
  }

  private key(k: unknown, at: number): { key: string; keyRange: Range } {
    if (k == null) return { key: '', keyRange: this.range(at, at) };
    const [start, end] = offsets(k, at);
    const keyRange = this.range(start, end);
    if (isScalar(k)) {
      const key = typeof k.value === 'string' ? k.value : (k.source ?? String(k.value));
      if (k.anchor) this.anchors.set(k.anchor, { kind: 'scalar', value: key, range: keyRange });
      return { key, keyRange };
    }
    if (isAlias(k)) {
      const target = this.anchors.get(k.source);
      if (target?.kind === 'scalar') return { key: String(target.value), keyRange };
    }
    throw new ParseAbort('a key must be a string: CloudFormation has no maps or lists as keys', start, end);
  }

  /** YAML merge keys (`<<: *base`): keys written in the map win, then earlier sources over later ones. */
  private merge(entries: MapEntry[], sources: { node: Node; at: Offsets }[], at: number): void {
    const seen = new Set(entries.map((e) => e.key));
    const merged: MapEntry[] = [];
    for (const { node, at: where } of sources) {
      for (const map of node.kind === 'seq' ? node.items : [node]) {
        if (map.kind !== 'map') {
          throw new ParseAbort('a merge key (<<) takes a map or a list of maps', where[0], where[1]);
        }
        // Within one source the last of duplicate keys wins, as everywhere else.
        const batch: MapEntry[] = [];
        for (let i = map.entries.length - 1; i >= 0; i--) {
          const e = map.entries[i];
          if (!seen.has(e.key)) {
            seen.add(e.key);
            batch.push(e);
          }
        }
        merged.push(...batch.reverse());
      }
    }
    entries.splice(at, 0, ...merged);
  }

  private seq(y: YAMLSeq, depth: number): SeqNode {
    const [start, end] = offsets(y, 0);
    if (depth >= MAX_DEPTH) throw new ParseAbort(tooDeep(), start, start + 1);
    const items: Node[] = [];
    for (let i = 0; i < y.items.length; i++) {
      this.path.push(i);
      items.push(this.convert(y.items[i], depth + 1, start));
      this.path.pop();
    }
    const last = items.length ? items[items.length - 1].range.end : undefined;
    return { kind: 'seq', items, range: { start: this.pos(start), end: y.flow || !last ? this.pos(end) : last } };
  }

  /** CloudFormation has no aliases: the anchored tree is copied, within a global node budget. */
  private alias(y: Alias, depth: number): Node {
    const at = offsets(y, 0);
    const name = y.source;
    const target = this.anchors.get(name);
    if (target === undefined) throw new ParseAbort(`alias *${name} has no anchor &${name} before it`, at[0], at[1]);
    if (target === null) throw new ParseAbort(`alias *${name} is inside its own anchor (a cycle)`, at[0], at[1]);
    this.aliasAt = at;
    const copy = this.copy(target, depth);
    copy.range = this.range(at[0], at[1]);
    return copy;
  }

  private copy(n: Node, depth: number): Node {
    if (--this.aliasBudget < 0) {
      const message = `alias expansion too large (over ${MAX_ALIAS_NODES} nodes)`;
      throw new ParseAbort(message, this.aliasAt[0], this.aliasAt[1]);
    }
    if (n.kind === 'scalar') return { kind: 'scalar', value: n.value, range: n.range };
    if (depth >= MAX_DEPTH) throw new ParseAbort(tooDeep(), this.aliasAt[0], this.aliasAt[1]);
    if (n.kind === 'seq') return { kind: 'seq', items: n.items.map((i) => this.copy(i, depth + 1)), range: n.range };
    const entries = n.entries.map((e) => ({ key: e.key, keyRange: e.keyRange, value: this.copy(e.value, depth + 1) }));
    const m: MapNode = { kind: 'map', entries, range: n.range };
    if (n.shortTag) m.shortTag = n.shortTag;
    return m;
  }
}
