import type { HclBody } from '../../parse/hcl-ast.ts';

/**
 * Terraform's override merge: an attribute of the override replaces the one of the same name; nested blocks of
 * a type the override has replace all the original's blocks of that type.
 */
export function overrideBody(base: HclBody, over: HclBody): HclBody {
  const attrs = new Set<string>();
  const blocks = new Set<string>();
  for (const item of over.items) (item.kind === 'attribute' ? attrs : blocks).add(item.kind === 'attribute' ? item.name : blockKey(item.type, item.labels));
  const kept = base.items.filter((item) => (item.kind === 'attribute' ? !attrs.has(item.name) : !blocks.has(blockKey(item.type, item.labels))));
  return { items: [...kept, ...over.items] };
}

// `dynamic "ingress"` overrides other dynamic ingress blocks only.
const blockKey = (type: string, labels: string[]) => (type === 'dynamic' ? `dynamic.${labels[0]}` : type);
