import type { Node } from '../../parse/node.ts';

/** Names that a node refers to through Ref, Fn::GetAtt, Fn::Sub and DependsOn (resources and parameters alike). */
export function referencedNames(node: Node, out = new Set<string>()): Set<string> {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.kind === 'seq') stack.push(...n.items);
    if (n.kind !== 'map') continue;
    for (const e of n.entries) {
      const v = e.value;
      if (e.key === 'Ref' && v.kind === 'scalar') out.add(String(v.value));
      else if (e.key === 'Fn::GetAtt') {
        const first = v.kind === 'seq' ? v.items[0] : v;
        if (first?.kind === 'scalar') out.add(String(first.value).split('.')[0]);
      } else if (e.key === 'Fn::Sub') {
        const tpl = v.kind === 'seq' ? v.items[0] : v;
        if (tpl?.kind === 'scalar') for (const m of String(tpl.value).matchAll(/\$\{([^!}][^}.]*)/g)) out.add(m[1].trim());
      } else if (e.key === 'DependsOn') {
        const items = v.kind === 'seq' ? v.items : [v];
        for (const i of items) if (i.kind === 'scalar') out.add(String(i.value));
      }
      stack.push(v);
    }
  }
  return out;
}
