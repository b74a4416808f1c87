import type { Expr, HclBody } from '../../parse/hcl-ast.ts';
import { subExpressions } from '../../parse/hcl-walk.ts';
import type { Decl, ModuleConfig } from './config.ts';
import type { ModuleInstance } from './module-instance.ts';

/**
 * The names each reference chain of an expression is made of (`aws_s3_bucket.logs[0].id` is
 * `aws_s3_bucket`, `logs`, `id`); index keys are walked as expressions of their own.
 */
export function traversals(e: Expr, out: string[][] = []): string[][] {
  if (e.kind !== 'getattr' && e.kind !== 'index' && e.kind !== 'variable') {
    for (const sub of subExpressions(e)) traversals(sub, out);
    return out;
  }
  const names: string[] = [];
  let cur: Expr = e;
  while (cur.kind === 'getattr' || cur.kind === 'index') {
    if (cur.kind === 'getattr') names.unshift(cur.name);
    else traversals(cur.key, out);
    cur = cur.target;
  }
  if (cur.kind === 'variable') out.push([cur.name, ...names]);
  else traversals(cur, out);
  return out;
}

export function bodyExpressions(body: HclBody, out: Expr[] = []): Expr[] {
  for (const item of body.items) {
    if (item.kind === 'attribute') out.push(item.expr);
    else bodyExpressions(item.body, out);
  }
  return out;
}

/** What a reference chain names in a module's configuration: `local.x`, a resource `type.name`, `data.type.name`, `module.name`. */
export function target(config: ModuleConfig, chain: string[]): string | undefined {
  const [root, a, b] = chain;
  if (root === 'local' && a) return config.locals.has(a) ? `local.${a}` : undefined;
  if (root === 'data' && a && b) return config.data.has(`${a}.${b}`) ? `data.${a}.${b}` : undefined;
  if (root === 'module' && a) return config.modules.has(a) ? `module.${a}` : undefined;
  if (a && config.resources.has(`${root}.${a}`)) return `${root}.${a}`;
  return undefined;
}

/**
 * The addresses a resource refers to, directly or through locals: other resources, data sources, module calls,
 * each with the module prefix. Computed from the syntax, the same in every scenario.
 */
export function staticReferences(mod: ModuleInstance, decl: Decl): Set<string> {
  const out = new Set<string>();
  const seenLocals = new Set<string>();
  const visit = (exprs: Expr[]) => {
    for (const e of exprs) {
      for (const chain of traversals(e)) {
        const t = target(mod.config, chain);
        if (!t) continue;
        if (t.startsWith('local.')) {
          if (seenLocals.has(t)) continue;
          seenLocals.add(t);
          visit([mod.config.locals.get(t.slice(6))!.attr.expr]);
        } else out.add(mod.prefix + t);
      }
    }
  };
  visit(bodyExpressions(decl.body));
  return out;
}
