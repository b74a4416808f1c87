import type { Path } from '../../core/range.ts';
import { memoByScenario } from '../../model/memo-by-scenario.ts';
import type { Value, Via } from '../../model/value.ts';
import type { TfInstance } from './instance.ts';
import { LazyInstance } from './instance.ts';
import { isModelFile } from './registry-models.ts';
import { carryMarks } from './values.ts';

/** The module block that calls one of our models: where its resources stand in the user's configuration. */
export interface CallSite {
  file: string;
  path: Path;
}

/**
 * An instance of one of our models (data/terraform-modules) as the user sees it: standing at the module block,
 * each value at the argument of that block it came from, or at the block when the model computed it. Places in the
 * model's own files are dropped from `via`: they are our code, not the user's, and not in any report.
 */
export function relocateInstance(inst: TfInstance, site: CallSite): TfInstance {
  const moved = new WeakMap<Value, Value>();
  const attributes = memoByScenario((s) => relocateValue(inst.attributes(s), site, moved));
  return new LazyInstance(
    {
      address: inst.address,
      mode: inst.mode,
      type: inst.type,
      name: inst.name,
      module: inst.module,
      ...(inst.index !== undefined ? { index: inst.index } : {}),
      file: site.file,
      path: site.path,
      attributes,
    },
    () => inst.references,
  );
}

/** A value of a model moved to the user's files: see relocateInstance. */
export function relocateValue(v: Value, site: CallSite, moved: WeakMap<Value, Value>): Value {
  const done = moved.get(v);
  if (done) return done;
  const vias = v.via?.filter((x) => !isModelFile(x.file));
  let at: CallSite | { path: Path; file: string | undefined } = { path: v.path, file: v.file };
  if (isModelFile(v.file)) {
    const from: Via | undefined = vias?.[0];
    at = from ? { path: from.path, file: from.file ?? site.file } : site;
  }
  const top = { path: at.path, file: at.file, ...(vias && vias.length > 0 ? { via: vias } : {}) };
  let out: Value;
  switch (v.kind) {
    case 'scalar':
      out = { kind: 'scalar', value: v.value, ...top };
      break;
    case 'unknown':
      out = { kind: 'unknown', symbol: v.symbol, ...(v.parts ? { parts: v.parts } : {}), ...top };
      break;
    case 'list':
      out = { kind: 'list', items: v.items.map((i) => relocateValue(i, site, moved)), ...top };
      break;
    case 'object':
      out = { kind: 'object', entries: new Map([...v.entries].map(([k, i]) => [k, relocateValue(i, site, moved)])), ...top };
      break;
  }
  carryMarks(v, out);
  moved.set(v, out);
  return out;
}
