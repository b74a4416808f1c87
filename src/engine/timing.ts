/**
 * Time spent per rule (and per stage of the pipeline), collected only when asked for: `CLOUDSECLINT_TIMING=1`
 * (or `=N` for the N slowest) prints a table to stderr at the end of a run, as eslint's TIMING does.
 */
let spent: Map<string, number> | undefined;

export function startTiming(): void {
  spent = new Map();
}

export function timingEnabled(): boolean {
  return spent !== undefined;
}

/** Adds the time since `since` (a performance.now() reading) to `id`; a no-op when timing is off. */
export function addTime(id: string, since: number): void {
  if (spent) spent.set(id, (spent.get(id) ?? 0) + performance.now() - since);
}

/** The table of the `top` largest entries, slowest first, with their share of the total. */
export function timingTable(top: number): string {
  if (!spent) return '';
  const total = [...spent.values()].reduce((a, b) => a + b, 0);
  const rows = [...spent].sort((a, b) => b[1] - a[1]).slice(0, top);
  const width = Math.max(4, ...rows.map(([id]) => id.length));
  const lines = [`${'Rule'.padEnd(width)} | Time (ms) | Relative`, `${'-'.repeat(width)}-|----------:|--------:`];
  for (const [id, ms] of rows) lines.push(`${id.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${((100 * ms) / (total || 1)).toFixed(1).padStart(7)}%`);
  return lines.join('\n') + '\n';
}
