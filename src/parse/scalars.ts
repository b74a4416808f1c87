/**
 * A parsed number, unless that would lose what was written: integers beyond 2^53 and non-finite values keep their
 * source text, as do YAML integers with leading zeros (account ids such as `012345678901` must not become numbers).
 */
export function numberOrSource(value: number, source: string): number | string {
  if (!Number.isFinite(value)) return source;
  if (!Number.isInteger(value)) return value;
  if (!Number.isSafeInteger(value) && /^[-+]?[0-9]+$/.test(source)) return source;
  if (/^[-+]?0[0-9]/.test(source)) return source;
  return value;
}
