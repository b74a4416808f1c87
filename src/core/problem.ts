/** Something wrong with what a user wrote (config, policy, plugin): where, and what. */
export interface Problem {
  code: string;
  message: string;
  /** Keys from the root of the offending file to the offending key. */
  path: (string | number)[];
  file: string | null;
  line?: number;
  column?: number;
}

export function formatProblem(p: Problem): string {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}` : '';
  // Inside a file without a position, the key path says where; a command-line flag needs none.
  const key = p.path.length > 0 && p.file && !p.line ? ` at ${p.path.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('.').replace(/\.\[/g, '[')}` : '';
  return `${where ? where + ': ' : ''}${p.message}${key} (${p.code})`;
}
