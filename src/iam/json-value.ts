import type { Path } from '../core/range.ts';
import type { ScalarValue, Value } from '../model/value.ts';

/**
 * Plain JSON data as a value whose every node stands at one place of a document: the statements of an AWS
 * managed policy are shown at the ARN that attaches it, since they have no source of their own.
 */
export function jsonValue(data: unknown, path: Path, file?: string): Value {
  const at = { path, ...(file ? { file } : {}) };
  if (Array.isArray(data)) return { kind: 'list', items: data.map((x) => jsonValue(x, path, file)), ...at };
  if (data !== null && typeof data === 'object') {
    return { kind: 'object', entries: new Map(Object.entries(data).map(([k, x]) => [k, jsonValue(x, path, file)])), ...at };
  }
  return { kind: 'scalar', value: data as ScalarValue['value'], ...at };
}
