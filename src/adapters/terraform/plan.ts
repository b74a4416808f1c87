import type { Path } from '../../core/range.ts';
import type { Node } from '../../parse/node.ts';
import { get } from '../../parse/node.ts';
import type { SourceDocument } from '../../parse/document.ts';
import type { TfInstance } from './instance.ts';
import { configurationAddress, configurationReferences } from './plan-references.ts';
import { planValue } from './plan-values.ts';

/** Child modules nest in a plan; deeper than this is not a plan Terraform wrote. */
const MAX_MODULE_DEPTH = 64;

/**
 * The resource instances a `terraform show -json` plan will create or keep: `planned_values` of the root module
 * and every child module, each value pointing at its place in the plan. Resources being deleted are not in it.
 */
export function planInstances(doc: SourceDocument): TfInstance[] {
  const root = doc.root;
  const unknownByAddress = new Map<string, Node>();
  const changes = get(root, 'resource_changes');
  for (const c of changes?.kind === 'seq' ? changes.items : []) {
    const address = get(c, 'address');
    const au = get(get(c, 'change'), 'after_unknown');
    if (address?.kind === 'scalar' && au) unknownByAddress.set(String(address.value), au);
  }
  const references = configurationReferences(root);
  const out: TfInstance[] = [];
  const visit = (module: Node | undefined, path: Path, depth: number) => {
    if (!module || depth > MAX_MODULE_DEPTH) return;
    const resources = get(module, 'resources');
    (resources?.kind === 'seq' ? resources.items : []).forEach((r, i) => {
      const inst = instanceOf(doc.file, r, [...path, 'resources', i], unknownByAddress, references);
      if (inst) out.push(inst);
    });
    const children = get(module, 'child_modules');
    (children?.kind === 'seq' ? children.items : []).forEach((m, i) => visit(m, [...path, 'child_modules', i], depth + 1));
  };
  visit(get(get(root, 'planned_values'), 'root_module'), ['planned_values', 'root_module'], 0);
  return out;
}

function instanceOf(file: string, r: Node, path: Path, unknowns: Map<string, Node>, references: Map<string, Set<string>>): TfInstance | undefined {
  const text = (k: string) => {
    const v = get(r, k);
    return v?.kind === 'scalar' && typeof v.value === 'string' ? v.value : undefined;
  };
  const address = text('address');
  const type = text('type');
  const name = text('name');
  if (!address || !type || !name) return undefined;
  const indexNode = get(r, 'index');
  const index = indexNode?.kind === 'scalar' && (typeof indexNode.value === 'number' || typeof indexNode.value === 'string') ? indexNode.value : undefined;
  const valuesNode = get(r, 'values');
  const valuesPath = [...path, 'values'];
  const attributes = valuesNode
    ? planValue(valuesNode, valuesPath, file, unknowns.get(address), address)
    : { kind: 'unknown' as const, symbol: `${address} (no planned values)`, path, file };
  return {
    address,
    mode: text('mode') === 'data' ? 'data' : 'managed',
    type,
    name,
    module: modulesOf(address),
    ...(index !== undefined ? { index } : {}),
    file,
    // The `address` line is the resource's header in a plan: a missing attribute is reported there.
    path: [...path, 'address'],
    attributes: () => attributes,
    references: references.get(configurationAddress(address)) ?? new Set(),
  };
}

/** `module.a.module.b["x"].aws_s3_bucket.c` → ['a', 'b["x"]']. */
function modulesOf(address: string): string[] {
  const out: string[] = [];
  for (const m of address.matchAll(/module\.([^.[\]]+(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\])?)\./g)) out.push(m[1]);
  return out;
}
