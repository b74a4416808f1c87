import type { Unit } from '../model/model.ts';
import type { Value } from '../model/value.ts';
import { get } from '../parse/node.ts';

/**
 * Whether a value was built from a template parameter whose Default is the empty string. That is the idiom for
 * "not given", and the template guards each use with a condition; conditions are explored apart from parameter
 * values, so under "given" the value would read `arn:aws:s3:::/*`. Such a value is as good as unknown.
 */
export function fromEmptyDefault(v: Value, unit: Unit): boolean {
  return (v.via ?? []).some((via) => {
    if (via.path.length !== 3 || via.path[0] !== 'Parameters' || via.path[2] !== 'Default') return false;
    const node = get(get(get(unit.documents.get(via.file ?? unit.file)?.root, 'Parameters'), via.path[1]), 'Default');
    return node?.kind === 'scalar' && node.value === '';
  });
}
