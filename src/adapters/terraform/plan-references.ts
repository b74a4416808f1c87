import type { Node } from '../../parse/node.ts';
import { get } from '../../parse/node.ts';

/**
 * What each resource of a plan's `configuration` refers to, by its address without instance keys
 * (`module.app.aws_iam_role_policy.p`). The references are kept as written in their module; links between
 * resources of a plan whose names are only known after apply are found through them.
 */
export function configurationReferences(root: Node | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const visitModule = (module: Node | undefined, prefix: string, depth: number) => {
    if (!module || depth > 64) return;
    const resources = get(module, 'resources');
    for (const r of resources?.kind === 'seq' ? resources.items : []) {
      const address = get(r, 'address');
      if (address?.kind !== 'scalar') continue;
      const refs = new Set<string>();
      collect(get(r, 'expressions'), refs, 0);
      out.set(prefix + String(address.value), refs);
    }
    const calls = get(module, 'module_calls');
    for (const call of calls?.kind === 'map' ? calls.entries : []) visitModule(get(call.value, 'module'), `${prefix}module.${call.key}.`, depth + 1);
  };
  visitModule(get(get(root, 'configuration'), 'root_module'), '', 0);
  return out;
}

function collect(n: Node | undefined, into: Set<string>, depth: number): void {
  if (!n || n.kind === 'scalar' || depth > 256) return;
  if (n.kind === 'seq') return n.items.forEach((i) => collect(i, into, depth + 1));
  for (const e of n.entries) {
    if (e.key === 'references' && e.value.kind === 'seq') {
      for (const r of e.value.items) if (r.kind === 'scalar' && typeof r.value === 'string') into.add(r.value);
    } else collect(e.value, into, depth + 1);
  }
}

/** `module.a["x"].aws_s3_bucket.b[0]` → `module.a.aws_s3_bucket.b`, the address a configuration gives. */
export function configurationAddress(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, '');
}
