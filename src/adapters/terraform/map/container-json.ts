import type { Value } from '../../../model/value.ts';
import { decodeJsonValue } from '../json-value.ts';
import type { Convert } from './convert.ts';

/**
 * Keys whose value is a map of names the user chose (log driver options, Docker labels): kept as written, since
 * they are data, not property names.
 */
const USER_MAPS = new Set(['options', 'dockerLabels', 'parameters', 'labels', 'annotations']);

/**
 * ECS container definitions and Batch job properties are JSON in Terraform (`jsonencode(…)`, a heredoc, a
 * string), written with the API's camelCase names (`readonlyRootFilesystem`); CloudFormation spells the same
 * fields in PascalCase (`ReadonlyRootFilesystem`). Decodes the text and renames the keys, so a policy reads one
 * shape. Text that is not JSON, or only known at apply time (`file(…)`), stays as it is: unknown to policies.
 */
export const containerJson: Convert = (v) => {
  const decoded = v.kind === 'scalar' || v.kind === 'unknown' ? decodeJsonValue(v) : v;
  return decoded === undefined ? v : pascal(decoded);
};

function pascal(v: Value): Value {
  if (v.kind === 'list') return { ...v, items: v.items.map(pascal) };
  if (v.kind !== 'object') return v;
  const entries = new Map<string, Value>();
  for (const [k, item] of v.entries) entries.set(k.charAt(0).toUpperCase() + k.slice(1), USER_MAPS.has(k) ? item : pascal(item));
  return { ...v, entries };
}
