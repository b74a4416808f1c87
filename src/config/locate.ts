import type { SourceDocument } from '../parse/document.ts';
import { locate } from '../parse/document.ts';
import type { ConfigProblem } from './types.ts';

/**
 * Adds the position of each problem's path in the config file (the key, which is what a user must change; or
 * the nearest existing ancestor for a missing key), and puts the problems in file order.
 */
export function withPositions(problems: ConfigProblem[], doc: SourceDocument): ConfigProblem[] {
  return problems
    .map((p) => (p.line === undefined ? { ...p, ...locate(doc, p.path, { key: true }).start } : p))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
