import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import type { LinkTarget } from './links.ts';
import { linkRefs } from './refs.ts';
import { reshape } from './reshape.ts';
import type { MapContext, Mapper, Mapping, Merge } from './types.ts';
import { list, placeOf, withEntries } from './values.ts';

/** A mapping table entry as a mapper: reshape, rewrite references, apply the resources that configure this one. */
export function tableMapper(m: Mapping): Mapper {
  return (inst, ctx) => [
    {
      type: m.cfn,
      ...(m.documents ? { documents: m.documents } : {}),
      properties: (s) => {
        const attrs = inst.attributes(s);
        if (attrs.kind === 'unknown') return attrs;
        const shaped = reshape(attrs, m.spec, placeOf(inst));
        if (shaped.kind !== 'object') return shaped;
        let props = linkRefs(shaped, m.refs, inst, ctx.links, s);
        for (const merge of m.merges ?? []) props = applyMerge(props, merge, inst, { types: [inst.type], ...(m.names ? { names: m.names } : {}) }, ctx, s);
        return m.adjust ? m.adjust(props, inst, ctx, s) : props;
      },
    },
  ];
}

function applyMerge(props: ObjectValue, merge: Merge, target: TfInstance, link: LinkTarget, ctx: MapContext, s: Scenario): ObjectValue {
  let out = props;
  for (const sub of ctx.links.linkedTo(target, merge.from, merge.via, link, s)) {
    const shaped = reshape(sub.attributes(s), merge.spec, placeOf(sub));
    if (shaped.kind !== 'object') continue;
    const withRefs = linkRefs(shaped, merge.refs, sub, ctx.links, s);
    const set: [string, Value][] = [];
    for (const [k, v] of withRefs.entries) {
      if (!merge.append?.includes(k)) set.push([k, v]);
      else set.push([k, appended(out.entries.get(k), v)]);
    }
    out = withEntries(out, set);
  }
  return out;
}

/**
 * Adds a merged value to a list property. A list the configuration left unknown stays an unknown part of the
 * result, so nothing concludes that the attached items are all there is. A list made only of merged items stands
 * where the first of them is written (the attachment), which is where a finding on the whole list belongs.
 */
function appended(existing: Value | undefined, add: Value): Value {
  const adding = add.kind === 'list' ? add.items : [add];
  if (existing === undefined) return list(adding, placeOf(add));
  const before = existing.kind === 'list' ? existing.items : [existing];
  return { ...(existing.kind === 'list' ? existing : list([], placeOf(existing))), items: [...before, ...adding] };
}
