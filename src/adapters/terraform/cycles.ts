import type { Decl, ModuleConfig } from './config.ts';
import type { TfFile } from './files.ts';
import type { TfProblem } from './problems.ts';
import { bodyExpressions, target, traversals } from './static-references.ts';
import type { Expr } from '../../parse/hcl-ast.ts';

interface GraphNode {
  id: string;
  exprs: Expr[];
  file: TfFile;
  start: number;
  end: number;
  path: (string | number)[];
}

/**
 * Reference cycles among the locals, resources and data sources of a module, as Terraform would refuse them
 * (`local.a = local.b`, `local.b = local.a`; two security groups naming each other). Found on the syntax, so
 * they are reported once per module directory; evaluation meets them as unknown values.
 */
export function findCycles(config: ModuleConfig): TfProblem[] {
  const nodes = new Map<string, GraphNode>();
  for (const [name, l] of config.locals) {
    nodes.set(`local.${name}`, { id: `local.${name}`, exprs: [l.attr.expr], file: l.file, start: l.attr.start, end: l.attr.start + name.length, path: l.attr.path });
  }
  const addBlock = (id: string, d: Decl) =>
    nodes.set(id, { id, exprs: bodyExpressions(d.body), file: d.file, start: d.block.start, end: d.block.headerEnd, path: d.block.path });
  for (const [key, d] of config.resources) addBlock(key, d);
  for (const [key, d] of config.data) addBlock(`data.${key}`, d);
  const edges = new Map<string, string[]>();
  for (const n of nodes.values()) {
    const out = new Set<string>();
    for (const e of n.exprs) for (const chain of traversals(e)) {
      const t = target(config, chain);
      if (t && nodes.has(t)) out.add(t);
    }
    edges.set(n.id, [...out]);
  }
  return stronglyConnected(nodes, edges).map((members) => {
    const first = nodes.get(members[0])!;
    const loop = [...members, members[0]].join(' → ');
    return {
      ruleId: 'terraform/reference-cycle',
      severity: 'error',
      message: `Reference cycle: ${loop}; the values on it are unknown`,
      file: first.file.path,
      path: first.path,
      range: first.file.range(first.start, first.end),
    };
  });
}

/** Tarjan's algorithm, iterative: the components with a cycle (more than one member, or a self-reference). */
function stronglyConnected(nodes: Map<string, GraphNode>, edges: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let counter = 0;
  for (const start of nodes.keys()) {
    if (index.has(start)) continue;
    const work: { id: string; next: number }[] = [{ id: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1];
      const out = edges.get(top.id)!;
      if (top.next < out.length) {
        const w = out[top.next++];
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ id: w, next: 0 });
        } else if (onStack.has(w)) low.set(top.id, Math.min(low.get(top.id)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.id)!));
      }
      if (low.get(top.id) === index.get(top.id)) {
        const members: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          members.unshift(w);
        } while (w !== top.id);
        if (members.length > 1 || edges.get(top.id)!.includes(top.id)) found.push(members);
      }
    }
  }
  return found;
}
