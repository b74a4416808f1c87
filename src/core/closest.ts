/** Edit distance (insertions, deletions, substitutions), for "did you mean" suggestions. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
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
