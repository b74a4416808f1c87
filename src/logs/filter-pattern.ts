/**
 * CloudWatch Logs JSON filter patterns (`{ ($.eventName = "ConsoleLogin") && ($.errorCode NOT EXISTS) }`): a parser,
 * and an evaluator against a log event, three-valued. What the service's documentation leaves open is answered
 * 'unknown' rather than guessed: a `!=` on a property the event does not have, and `&&` mixed with `||` without
 * parentheses when the two readings of precedence disagree on the event.
 */
export type Truth = true | false | 'unknown';

type Selector = (string | number)[];

export type FilterNode =
  | { kind: 'and' | 'or'; parts: FilterNode[] }
  /** `&&` and `||` mixed at one level: terms and the operators between them. */
  | { kind: 'mixed'; terms: FilterNode[]; ops: ('&&' | '||')[] }
  | { kind: 'compare'; selector: Selector; op: '=' | '!=' | '<' | '>' | '<=' | '>='; value: string | number; quoted: boolean }
  | { kind: 'test'; selector: Selector; test: 'null' | 'not-exists' | 'exists' | 'true' | 'false' };

/** The parsed pattern, or undefined when it is not a JSON pattern this parser reads (text terms, regular expressions). */
export function parseFilterPattern(text: string): FilterNode | undefined {
  const t = text.trim();
  if (!t.startsWith('{') || !t.endsWith('}')) return undefined;
  try {
    const p = new Parser(tokenize(t.slice(1, -1)));
    const node = p.expression();
    return p.done() ? node : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a log event (parsed JSON) matches the pattern. */
export function matchesEvent(node: FilterNode, event: unknown): Truth {
  switch (node.kind) {
    case 'and':
      return and3(node.parts.map((p) => () => matchesEvent(p, event)));
    case 'or':
      return or3(node.parts.map((p) => () => matchesEvent(p, event)));
    case 'mixed': {
      const a = matchesEvent(andFirst(node), event);
      const b = matchesEvent(leftToRight(node), event);
      return a === b ? a : 'unknown';
    }
    case 'compare':
      return compare(node, select(event, node.selector));
    case 'test':
      return test(node.test, select(event, node.selector));
  }
}

const MISSING = Symbol('missing');

function select(event: unknown, selector: Selector): unknown {
  let v: unknown = event;
  for (const s of selector) {
    if (v === null || typeof v !== 'object') return MISSING;
    if (typeof s === 'number') {
      if (!Array.isArray(v) || s >= v.length) return MISSING;
      v = v[s];
    } else {
      if (Array.isArray(v) || !Object.hasOwn(v, s)) return MISSING;
      v = (v as Record<string, unknown>)[s];
    }
  }
  return v;
}

function compare(node: Extract<FilterNode, { kind: 'compare' }>, v: unknown): Truth {
  if (node.op === '!=') {
    // The documentation does not say whether a missing property is "not equal"; neither answer is assumed.
    if (v === MISSING) return 'unknown';
    const eq = equalTo(node, v);
    return eq === 'unknown' ? eq : !eq;
  }
  if (v === MISSING) return false;
  if (node.op === '=') return equalTo(node, v);
  if (typeof node.value !== 'number' || typeof v !== 'number') return false;
  switch (node.op) {
    case '<':
      return v < node.value;
    case '>':
      return v > node.value;
    case '<=':
      return v <= node.value;
    case '>=':
      return v >= node.value;
  }
}

function equalTo(node: Extract<FilterNode, { kind: 'compare' }>, v: unknown): Truth {
  if (typeof node.value === 'number' && !node.quoted) return typeof v === 'number' ? v === node.value : false;
  if (v === null || typeof v === 'object') return false;
  return wildcard(String(node.value), String(v));
}

function test(kind: Extract<FilterNode, { kind: 'test' }>['test'], v: unknown): Truth {
  switch (kind) {
    case 'not-exists':
      return v === MISSING;
    case 'exists':
      return v !== MISSING;
    case 'null':
      return v === null;
    case 'true':
      return v === true;
    case 'false':
      return v === false;
  }
}

/** `*` stands for any run of characters; everything else compares exactly, with case. */
function wildcard(glob: string, text: string): boolean {
  if (!glob.includes('*')) return glob === text;
  const body = glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
  return new RegExp(`^${body}$`).test(text);
}

function and3(parts: (() => Truth)[]): Truth {
  let unknown = false;
  for (const p of parts) {
    const t = p();
    if (t === false) return false;
    if (t === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : true;
}

function or3(parts: (() => Truth)[]): Truth {
  let unknown = false;
  for (const p of parts) {
    const t = p();
    if (t === true) return true;
    if (t === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : false;
}

/** `a || b && c` read as `a || (b && c)`. */
function andFirst(node: Extract<FilterNode, { kind: 'mixed' }>): FilterNode {
  const groups: FilterNode[][] = [[node.terms[0]]];
  node.ops.forEach((op, i) => (op === '&&' ? groups[groups.length - 1].push(node.terms[i + 1]) : groups.push([node.terms[i + 1]])));
  return { kind: 'or', parts: groups.map((g) => (g.length === 1 ? g[0] : { kind: 'and', parts: g })) };
}

/** `a || b && c` read as `(a || b) && c`. */
function leftToRight(node: Extract<FilterNode, { kind: 'mixed' }>): FilterNode {
  let acc = node.terms[0];
  node.ops.forEach((op, i) => (acc = { kind: op === '&&' ? 'and' : 'or', parts: [acc, node.terms[i + 1]] }));
  return acc;
}

type Token = { t: 'sel'; path: Selector } | { t: 'op'; v: string } | { t: 'str'; v: string } | { t: 'word'; v: string } | { t: '(' | ')' | '&&' | '||' };

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      out.push({ t: c });
      i++;
    } else if (s.startsWith('&&', i) || s.startsWith('||', i)) {
      out.push({ t: s.slice(i, i + 2) as '&&' | '||' });
      i += 2;
    } else if (/^(!=|<=|>=|=|<|>)/.test(s.slice(i))) {
      const op = /^(!=|<=|>=|=|<|>)/.exec(s.slice(i))![1];
      out.push({ t: 'op', v: op });
      i += op.length;
    } else if (c === '"') {
      let j = i + 1;
      let v = '';
      while (j < s.length && s[j] !== '"') {
        if (s[j] === '\\' && j + 1 < s.length) j++;
        v += s[j++];
      }
      if (j >= s.length) throw new Error('unterminated string');
      out.push({ t: 'str', v });
      i = j + 1;
    } else if (c === '$') {
      const m = /^\$((?:\.[^\s.[\]()=!<>&|]+|\[\d+\])*)/.exec(s.slice(i))!;
      const path: Selector = [...m[1].matchAll(/\.([^\s.[\]()=!<>&|]+)|\[(\d+)\]/g)].map((x) => (x[1] !== undefined ? x[1] : Number(x[2])));
      if (path.length === 0) throw new Error('empty selector');
      out.push({ t: 'sel', path });
      i += m[0].length;
    } else {
      const m = /^[^\s()=!<>&|"]+/.exec(s.slice(i));
      if (!m) throw new Error(`unexpected ${c}`);
      out.push({ t: 'word', v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

class Parser {
  private i = 0;
  constructor(private tokens: Token[]) {}

  done(): boolean {
    return this.i === this.tokens.length;
  }

  expression(): FilterNode {
    const terms = [this.term()];
    const ops: ('&&' | '||')[] = [];
    for (let t = this.peek(); t && (t.t === '&&' || t.t === '||'); t = this.peek()) {
      this.i++;
      ops.push(t.t);
      terms.push(this.term());
    }
    if (ops.length === 0) return terms[0];
    if (ops.every((o) => o === ops[0])) return { kind: ops[0] === '&&' ? 'and' : 'or', parts: terms };
    return { kind: 'mixed', terms, ops };
  }

  private term(): FilterNode {
    const t = this.next();
    if (t.t === '(') {
      const e = this.expression();
      if (this.next().t !== ')') throw new Error('expected )');
      return e;
    }
    if (t.t !== 'sel') throw new Error('expected a selector');
    const after = this.next();
    if (after.t === 'op') {
      const v = this.next();
      if (v.t === 'str') return { kind: 'compare', selector: t.path, op: after.v as never, value: v.v, quoted: true };
      if (v.t !== 'word' || v.v.startsWith('%')) throw new Error('unsupported value');
      const n = Number(v.v);
      return { kind: 'compare', selector: t.path, op: after.v as never, value: /^-?\d+(\.\d+)?$/.test(v.v) ? n : v.v, quoted: false };
    }
    if (after.t === 'word') {
      const w = after.v.toUpperCase();
      if (w === 'EXISTS') return { kind: 'test', selector: t.path, test: 'exists' };
      const second = this.next();
      const w2 = second.t === 'word' ? second.v.toUpperCase() : '';
      if (w === 'NOT' && w2 === 'EXISTS') return { kind: 'test', selector: t.path, test: 'not-exists' };
      if (w === 'IS' && (w2 === 'NULL' || w2 === 'TRUE' || w2 === 'FALSE')) return { kind: 'test', selector: t.path, test: w2.toLowerCase() as 'null' | 'true' | 'false' };
    }
    throw new Error('unsupported comparison');
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private next(): Token {
    const t = this.tokens[this.i++];
    if (!t) throw new Error('unexpected end');
    return t;
  }
}
