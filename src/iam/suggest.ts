import { levenshtein } from '../core/closest.ts';

/**
 * The catalog name a misspelt one most likely meant, or undefined. Only a single best candidate counts: among
 * hundreds of action names a prefix like `iam:list` fits dozens, and a guess among them is noise.
 */
export function suggestName(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(lower.length / 4)));
  let best: string[] = [];
  let bestDistance = limit + 1;
  const extending: string[] = [];
  for (const c of candidates) {
    const other = c.toLowerCase();
    if (lower.length >= 4 && other.startsWith(lower)) extending.push(c);
    // The distance is at least the difference in length: most of hundreds of candidates are ruled out unmeasured.
    if (Math.abs(other.length - lower.length) > bestDistance) continue;
    const d = levenshtein(lower, other, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [[c], d];
    else if (d === bestDistance) best.push(c);
  }
  if (best.length === 1) return best[0];
  return best.length === 0 && extending.length === 1 ? extending[0] : undefined;
}
