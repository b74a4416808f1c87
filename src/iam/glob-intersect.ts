/**
 * A glob as tokens: a literal character, `*` (any run of characters) or `?` (one character). Either wildcard
 * may exclude some characters: a value that cannot hold a `/` or a `:` (an account id, a bucket name).
 */
export type GlobToken = { kind: 'char'; c: string } | { kind: 'star'; not: string } | { kind: 'one'; not: string };

export const char = (c: string): GlobToken => ({ kind: 'char', c });
export const star = (not = ''): GlobToken => ({ kind: 'star', not });
export const one = (not = ''): GlobToken => ({ kind: 'one', not });

/** Tokens of a plain glob where `*` and `?` are wildcards and every other character stands for itself. */
export function globTokens(text: string): GlobToken[] {
  return [...text].map((c) => (c === '*' ? star() : c === '?' ? one() : char(c)));
}

const admits = (t: GlobToken, c: string) => (t.kind === 'char' ? t.c.toLowerCase() === c.toLowerCase() : !t.not.includes(c));

/**
 * Whether some string matches both globs (compared without case, which can only find more matches). Both sides
 * may hold wildcards: an ARN format of the catalog against a Resource pattern of a policy. Dynamic programming
 * over pairs of positions, so it stays quadratic in the lengths.
 */
export function globsIntersect(a: GlobToken[], b: GlobToken[]): boolean {
  const width = b.length + 1;
  return can(a, b, 0, 0, width, new Uint8Array((a.length + 1) * width));
}

/** Whether a[i..] and b[j..] can match one string; `seen` marks the pairs already tried (they failed). */
function can(a: GlobToken[], b: GlobToken[], i: number, j: number, width: number, seen: Uint8Array): boolean {
  if (i === a.length && j === b.length) return true;
  const key = i * width + j;
  if (seen[key] === 1) return false;
  seen[key] = 1;
  const x = a[i];
  const y = b[j];
  // A star may match nothing.
  if (x?.kind === 'star' && can(a, b, i + 1, j, width, seen)) return true;
  if (y?.kind === 'star' && can(a, b, i, j + 1, width, seen)) return true;
  if (!x || !y) return false;
  // Otherwise both sides take one character that each admits. Two stars side by side never need to: one of
  // them can always step aside first.
  if (x.kind === 'char') return admits(y, x.c) && can(a, b, i + 1, y.kind === 'star' ? j : j + 1, width, seen);
  if (y.kind === 'char') return admits(x, y.c) && can(a, b, x.kind === 'star' ? i : i + 1, j + 1, width, seen);
  if (x.kind === 'star' && y.kind === 'star') return false;
  // A `?` against a wildcard: some character outside both exclusions always exists.
  return can(a, b, x.kind === 'star' ? i : i + 1, y.kind === 'star' ? j : j + 1, width, seen);
}
