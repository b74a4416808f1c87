// Two rows of the distance table, reused: suggestions measure a word against hundreds of candidates.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Edit distance (insertions, deletions, substitutions), for "did you mean" suggestions. With `max`, the count
 * stops once every path is past it, and any number above `max` is returned: a caller after the nearest of
 * hundreds of candidates need not finish measuring the far ones.
 */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (rowA.length <= b.length) [rowA, rowB] = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const d = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return rowMin;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * The candidate nearest to `word`, ignoring case, or undefined when none is near enough to be a plausible typo
 * or abbreviation (a wild guess is worse than no suggestion).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    // An abbreviation ("warn" for "warning") is far by edit distance but an obvious intent.
    const abbreviates = lower.length >= 3 && other.startsWith(lower);
    const distance = abbreviates ? 1 : levenshtein(lower, other);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
