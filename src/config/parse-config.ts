import { parseJson } from '../parse/json.ts';
import type { SourceDocument } from '../parse/document.ts';
import { toJS } from '../parse/node.ts';
import type { ConfigProblem } from './types.ts';

/**
 * Parses a config file with the templates' strict JSON parser, for its messages and positions. A duplicate key
 * is a problem too: JSON keeps the last one, so a second `rules` block would silently replace the first.
 */
export function parseConfigText(file: string, text: string): { doc: SourceDocument; value: unknown; problems: ConfigProblem[] } {
  const doc = parseJson(file, text);
  const problems = doc.problems.map((p): ConfigProblem => {
    const { line, column } = p.range.start;
    return p.ruleId === 'parse/duplicate-key'
      ? { code: 'config/duplicate-key', message: p.message, path: p.path, file, line, column }
      : { code: 'config/invalid-json', message: `invalid JSON at line ${line}, column ${column}: ${p.message}`, path: [], file, line, column };
  });
  return { doc, value: doc.root ? toJS(doc.root) : undefined, problems };
}
