import type { Path } from '../core/range.ts';
import type { PolicyDocument } from '../model/model.ts';

/**
 * Where a finding about a whole policy document points: the key that holds it in a template
 * (`PolicyDocument:`), or the start of a standalone policy file.
 */
export function documentTarget(d: PolicyDocument): { path: Path; key: boolean; file?: string; resource: string | null } {
  return { path: d.path, key: d.path.length > 0, ...(d.file ? { file: d.file } : {}), resource: d.owner?.id ?? null };
}
