import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import type { LinkTarget, Links } from './links.ts';
import { withEntries } from './values.ts';

/**
 * What CloudFormation's `Ref` returns for a resource type, as the Terraform attribute holding it. A reference to
 * another attribute becomes `Fn::GetAtt`, the way a template would write it.
 */
const REF_ATTRIBUTE: Record<string, string[]> = {
  aws_iam_policy: ['arn', 'id'],
  aws_sns_topic: ['arn', 'id'],
  aws_secretsmanager_secret: ['arn', 'id'],
  aws_sqs_queue: ['url', 'id'],
};

/** The value rewritten as a reference to `target`, keeping where it was written and where it came from. */
export function refTo(v: Value, target: TfInstance): Value {
  const read = v.kind === 'unknown' ? readAttribute(v.symbol, target.type) : undefined;
  const refAttrs = REF_ATTRIBUTE[target.type] ?? ['id', 'name', 'bucket'];
  const symbol = read === undefined || refAttrs.includes(read) ? `Ref ${target.address}` : `Fn::GetAtt ${target.address}.${pascal(read)}`;
  return { kind: 'unknown', symbol, path: v.path, ...(v.file !== undefined ? { file: v.file } : {}), ...(v.via ? { via: v.via } : {}) };
}

/** Rewrites the named properties (a value or a list of them) that name a resource of the configuration. */
export function linkRefs(props: ObjectValue, refs: Record<string, LinkTarget> | undefined, inst: TfInstance, links: Links, s: Scenario): ObjectValue {
  if (!refs) return props;
  const changed: [string, Value][] = [];
  for (const [prop, target] of Object.entries(refs)) {
    const v = props.entries.get(prop);
    if (!v) continue;
    const one = (item: Value): Value => {
      const [found] = links.targets(item, inst, target, s);
      return found ? refTo(item, found) : item;
    };
    changed.push([prop, v.kind === 'list' ? { ...v, items: v.items.map(one) } : one(v)]);
  }
  return withEntries(props, changed);
}

function readAttribute(symbol: string, type: string): string | undefined {
  const m = new RegExp(`${type}\\.[\\w-]+(?:\\[[^\\]]*\\])?\\.([\\w-]+)`).exec(symbol);
  return m?.[1];
}

const pascal = (s: string) => s.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
