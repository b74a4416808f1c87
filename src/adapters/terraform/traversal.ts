import type { Value } from '../../model/value.ts';
import type { Expr } from '../../parse/hcl-ast.ts';
import { toNum, toStr } from './convert.ts';
import { EvalError } from './eval-error.ts';
import type { CallGroup, ResourceGroup } from './groups.ts';
import { keySuffix } from './groups.ts';
import { printExpr } from './print.ts';
import type { Scope } from './scope.ts';
import { atOf, deeper } from './scope.ts';
import type { At } from './values.ts';
import { list, object, openSymbol, rebase, scalar, unknownAt } from './values.ts';

type Evaluate = (e: Expr, sc: Scope) => Value;
type Step = { attr: string; expr: Expr } | { index: Expr; expr: Expr };

/** `a.b[0].c` as its root and the steps after it; the root may be any expression (`f(x).y`). */
function flatten(e: Expr): { root: Expr; steps: Step[] } {
  const steps: Step[] = [];
  let cur = e;
  for (;;) {
    if (cur.kind === 'getattr') steps.push({ attr: cur.name, expr: cur });
    else if (cur.kind === 'index') steps.push({ index: cur.key, expr: cur });
    else break;
    cur = cur.target;
  }
  return { root: cur, steps: steps.reverse() };
}

const printSteps = (steps: Step[], from: number) =>
  steps
    .slice(from)
    .map((s) => ('attr' in s ? '.' + s.attr : `[${printExpr(s.index)}]`))
    .join('');

/**
 * Resolves a reference. A value read from elsewhere (a variable, a local, another resource, a module output)
 * is moved to where it is used, with `via` saying where it came from; what only exists at apply time is unknown
 * with a symbol naming it by address (`aws_s3_bucket.logs.arn`, `module.a.aws_kms_key.k[0].arn`).
 */
export function traverse(e: Expr, sc: Scope, evaluate: Evaluate): Value {
  const at = atOf(e, sc);
  const { root, steps } = flatten(e);
  const walk = (v: Value, from: number) => applySteps(v, steps, from, sc, evaluate);
  if (root.kind !== 'variable') return walk(evaluate(root, deeper(sc)), 0);
  const name = root.name;
  const bound = sc.vars?.get(name);
  if (bound) {
    // An iterator's or for-variable's value is reported where it is used, with a via to the element.
    const out = walk(bound, 0);
    if (out.kind === 'unknown' || (out.file === at.file && samePath(out.path, at.path))) return out;
    const range = out.file === sc.file.path ? sc.file.rangeOf(out.path) : undefined;
    return rebase(out, at, { message: printExpr(e), file: out.file, path: out.path, ...(range ? { range } : {}) });
  }
  const first = steps[0] && 'attr' in steps[0] ? steps[0].attr : undefined;
  const unknown = (symbol: string) => unknownAt(at, symbol);
  if (sc.closed) return unknown(printExpr(e));
  const mod = sc.mod;
  switch (name) {
    case 'var': {
      if (first === undefined) return unknown(mod.prefix + printExpr(e));
      const found = mod.variable(first, sc.s);
      if (!found) return unknown(`${mod.prefix}var.${first} (undeclared)`);
      return walk(rebase(found.value, at, found.via), 1);
    }
    case 'local': {
      if (first === undefined) return unknown(mod.prefix + printExpr(e));
      const found = mod.local(first, sc.s);
      if (!found) return unknown(`${mod.prefix}local.${first} (undeclared)`);
      return walk(rebase(found.value, at, found.via), 1);
    }
    case 'count':
      if (first !== 'index') return unknown(printExpr(e));
      return sc.instance?.meta === 'count' && typeof sc.instance.key === 'number' ? walk(scalar(sc.instance.key, at), 1) : unknown('count.index');
    case 'each': {
      const bound = sc.instance?.meta === 'for_each' ? sc.instance : undefined;
      if (first === 'key') return bound?.key !== undefined ? walk(scalar(bound.key, at), 1) : unknown('each.key');
      if (first !== 'value') return unknown(printExpr(e));
      const v = bound?.key !== undefined ? bound.eachValue?.(sc.s) : undefined;
      return v ? walk(rebase(v, at, { message: `each.value (for_each key ${JSON.stringify(bound!.key)})`, file: v.file, path: v.path }), 1) : unknown('each.value');
    }
    case 'path':
      if (first === 'module') return walk(scalar(mod.relDir, at), 1);
      if (first === 'root') return walk(scalar('.', at), 1);
      if (first === 'cwd') return walk(scalar(mod.ctx.rootDir, at), 1);
      return unknown(printExpr(e));
    case 'terraform':
    case 'self':
      return unknown(mod.prefix + printExpr(e));
    case 'module': {
      const call = first !== undefined ? mod.moduleCall(first) : undefined;
      if (!call) return unknown(mod.prefix + printExpr(e));
      return moduleOutput(call, steps, at, sc, evaluate);
    }
    case 'data': {
      const type = first;
      const second = steps[1] && 'attr' in steps[1] ? steps[1].attr : undefined;
      const group = type && second ? mod.resource('data', `${type}.${second}`) : undefined;
      if (!group) return unknown(mod.prefix + printExpr(e));
      return resourceValue(group, steps, 2, at, sc, evaluate);
    }
  }
  const group = first !== undefined ? mod.resource('managed', `${name}.${first}`) : undefined;
  if (!group) return unknown(mod.prefix + printExpr(e));
  return resourceValue(group, steps, 1, at, sc, evaluate);
}

/** Picks the instance of a count/for_each group named by the step at `i`, if it is an index. */
function pick<T>(
  keys: ReturnType<ResourceGroup['keys']>,
  steps: Step[],
  i: number,
  sc: Scope,
  evaluate: Evaluate,
): { key: number | string | undefined; next: number } | 'all' | 'unknown' {
  if (keys.kind === 'unknown') return 'unknown';
  if (keys.kind === 'single') return { key: undefined, next: i };
  const step = steps[i];
  if (!step || !('index' in step)) return 'all';
  const k = evaluate(step.index, deeper(sc));
  const key = keys.kind === 'count' ? toNum(k) : toStr(k);
  if (key === undefined) return 'unknown';
  return { key, next: i + 1 };
}

function resourceValue(group: ResourceGroup, steps: Step[], i: number, at: At, sc: Scope, evaluate: Evaluate): Value {
  const keys = group.keys();
  const chosen = pick(keys, steps, i, sc, evaluate);
  if (chosen === 'unknown') return unknownAt(at, group.base + printSteps(steps, i));
  let v: Value;
  let next = i;
  if (chosen === 'all') {
    if (keys.kind === 'count') v = list(keys.indices.map((k) => group.instanceValue(k, sc.s)), at);
    else if (keys.kind === 'for_each') v = object(new Map(keys.keys.map((k) => [k, group.instanceValue(k, sc.s)])), at);
    else v = group.instanceValue(undefined, sc.s);
  } else {
    const step = steps[chosen.next];
    if (step && 'attr' in step) {
      v = group.member(chosen.key, step.attr, sc.s);
      next = chosen.next + 1;
    } else {
      v = group.instanceValue(chosen.key, sc.s);
      next = chosen.next;
    }
  }
  const out = applySteps(v, steps, next, sc, evaluate);
  if (out.kind === 'unknown' && !out.parts) return unknownAt(at, out.symbol);
  const range = out.file === group.decl.file.path ? group.decl.file.rangeOf(out.path) : undefined;
  return rebase(out, at, { message: group.base + printSteps(steps, i), file: out.file, path: out.path, ...(range ? { range } : {}) });
}

function moduleOutput(call: CallGroup, steps: Step[], at: At, sc: Scope, evaluate: Evaluate): Value {
  const keys = call.keys();
  const chosen = pick(keys, steps, 1, sc, evaluate);
  if (chosen === 'unknown' || chosen === 'all') return unknownAt(at, call.base + printSteps(steps, 1));
  const step = steps[chosen.next];
  const base = call.base + keySuffix(chosen.key);
  if (!step || !('attr' in step)) return unknownAt(at, base);
  const found = call.output(chosen.key, step.attr, sc.s);
  if (!found) return unknownAt(at, `${base}.${step.attr}`);
  return applySteps(rebase(found.value, at, found.via), steps, chosen.next + 1, sc, evaluate);
}

/** Attribute and index steps on a value; on an unknown value they extend its symbol. */
export function applySteps(v: Value, steps: Step[], from: number, sc: Scope, evaluate: Evaluate): Value {
  let cur = v;
  for (let i = from; i < steps.length; i++) {
    const step = steps[i];
    const here: At = { path: cur.path, file: cur.file ?? sc.file.path };
    if (cur.kind === 'unknown') return unknownAt(here, cur.symbol + printSteps(steps, i));
    if ('attr' in step) {
      cur = member(cur, step.attr, here);
      continue;
    }
    const k = evaluate(step.index, deeper(sc));
    if (k.kind === 'unknown') return unknownAt(here, `${symbolOf(cur)}[${printExpr(step.index)}]`);
    if (cur.kind === 'list') {
      const n = toNum(k)!;
      const item = cur.items[n];
      if (!item) throw new EvalError(`index ${n} out of range (${cur.items.length} elements)`);
      cur = item;
    } else cur = member(cur, toStr(k)!, here);
  }
  return cur;
}

function member(v: Value, name: string, here: At): Value {
  if (v.kind === 'object') {
    const found = v.entries.get(name);
    if (found) return found;
    const open = openSymbol(v);
    if (open) return unknownAt(here, `${open}.${name}`);
    throw new EvalError(`no attribute "${name}"`);
  }
  if (v.kind === 'scalar' && v.value === null) throw new EvalError(`attribute "${name}" of null`);
  throw new EvalError(`no attribute "${name}" on ${v.kind === 'list' ? 'a list' : 'a ' + typeof (v as { value: unknown }).value}`);
}

const symbolOf = (v: Value) => (v.kind === 'unknown' ? v.symbol : openSymbol(v) ?? 'value');

const samePath = (a: (string | number)[], b: (string | number)[]) => a.length === b.length && a.every((k, i) => k === b[i]);
