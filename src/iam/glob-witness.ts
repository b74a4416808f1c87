/**
 * Where a wildcard of every glob is free, the witness holds this instead of nothing. A character no IAM name
 * contains: a Deny that names resources (`role/admin*`) must not match the witness by accident, since the
 * grant covers names other than the denied ones.
 */
export const FILLER = '\u00a7';

const MAX_STATES = 200_000;

type Token = { lit: string } | 'one' | 'star';

const tokensCache = new Map<string, Token[]>();
function tokens(glob: string): Token[] {
  let t = tokensCache.get(glob);
  if (!t) {
    t = [...glob].map((c): Token => (c === '*' ? 'star' : c === '?' ? 'one' : { lit: c }));
    tokensCache.set(glob, t);
  }
  return t;
}

const witnesses = new Map<string, string | null>();

/**
 * A string that every glob matches (case-sensitive `*` and `?`), or null when there is none. Breadth-first over
 * the product of the globs' positions, so it stays small for the short patterns of policies; the wildcards that
 * all globs share get FILLER rather than the empty string.
 */
export function globWitness(globs: string[]): string | null {
  if (globs.length === 0) return FILLER;
  // The same class and pattern pairs come back for every method and every principal.
  const cacheKey = globs.join('\u0000');
  let w = witnesses.get(cacheKey);
  if (w === undefined) {
    w = search(globs);
    witnesses.set(cacheKey, w);
  }
  return w;
}

function search(globs: string[]): string | null {
  const ts = globs.map(tokens);
  const start = ts.map(() => 0);
  const key = (s: number[]) => s.join(',');
  const prev = new Map<string, { from: string | null; ch: string; state: number[] }>([[key(start), { from: null, ch: '', state: start }]]);
  const queue: number[][] = [start];
  let found: number[] | null = null;
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q];
    if (s.every((p, i) => p === ts[i].length)) {
      found = s;
      break;
    }
    const push = (next: number[], ch: string) => {
      const k = key(next);
      if (prev.has(k)) return;
      prev.set(k, { from: key(s), ch, state: next });
      queue.push(next);
    };
    // A star may match nothing: move past it without a character.
    s.forEach((p, i) => {
      if (ts[i][p] === 'star') push(s.map((x, j) => (j === i ? x + 1 : x)), '');
    });
    const literals = new Set<string>();
    let ends = false;
    s.forEach((p, i) => {
      const t = ts[i][p];
      if (t === undefined) ends = true;
      else if (typeof t === 'object') literals.add(t.lit);
    });
    if (ends || literals.size > 1) continue;
    const ch = literals.size === 1 ? [...literals][0] : FILLER;
    push(
      s.map((p, i) => (ts[i][p] === 'star' ? p : p + 1)),
      ch,
    );
    if (prev.size > MAX_STATES) return null;
  }
  if (!found) return null;
  type Step = { from: string | null; ch: string; state: number[] };
  const path: Step[] = [];
  for (let k: string | null = key(found); k !== null; ) {
    const e: Step = prev.get(k)!;
    path.push(e);
    k = e.from;
  }
  path.reverse();
  let out = '';
  for (const e of path) {
    out += e.ch;
    // Where every glob sits on a star, any text fits: give the wildcard a character of its own.
    if (e.state.every((p, i) => ts[i][p] === 'star')) out += FILLER;
  }
  return out;
}
