import type { Value } from '../../model/value.ts';
import type { ConditionalExpr, Expr, ForExpr, ObjectExpr, SplatExpr } from '../../parse/hcl-ast.ts';
import { elements, toBool, toStr } from './convert.ts';
import { EvalError } from './eval-error.ts';
import { chooseBranch } from './choice.ts';
import { callFunction } from './functions/call.ts';
import { operate } from './operators.ts';
import { printExpr } from './print.ts';
import type { Scope } from './scope.ts';
import { atOf, deeper, MAX_DEPTH, withVars } from './scope.ts';
import { evalTemplate } from './template.ts';
import { traverse } from './traversal.ts';
import { list, object, scalar, unknownAt } from './values.ts';

/**
 * Evaluates an expression under a scenario. Three-valued: what depends on deploy time or on values not given
 * (computed attributes, variables without a value, data sources) is unknown, never guessed. A conditional on an
 * unknown condition asks the scenario which branch to take, so callers explore both, as with Fn::If.
 * May throw EvalError where Terraform itself would fail; `evaluateSafe` turns that into an unknown value.
 */
export function evaluate(e: Expr, sc: Scope): Value {
  if (sc.depth > MAX_DEPTH) return unknownAt(atOf(e, sc), 'expression nested too deep');
  const at = atOf(e, sc);
  switch (e.kind) {
    case 'literal':
      return scalar(e.value, at);
    case 'template':
      return evalTemplate(e, sc, evaluate);
    case 'tuple':
      return list(
        e.items.map((i) => evaluate(i, deeper(sc))),
        at,
      );
    case 'object':
      return objectCons(e, sc);
    case 'variable':
    case 'getattr':
    case 'index':
      return traverse(e, sc, evaluate);
    case 'splat':
      return splat(e, sc);
    case 'splat-item':
      return sc.splatItem ?? unknownAt(at, '[*]');
    case 'call':
      return callFunction(e, sc, evaluate);
    case 'conditional':
      return conditional(e, sc);
    case 'unary':
    case 'binary':
      return operate(e, sc, evaluate);
    case 'for':
      return forExpr(e, sc);
  }
}

/**
 * `evaluate`, with what would be a Terraform error turned into an unknown value; so is a chain of references
 * too long for the stack (thousands of locals each naming the next).
 */
export function evaluateSafe(e: Expr, sc: Scope): Value {
  try {
    return evaluate(e, sc);
  } catch (err) {
    if (err instanceof EvalError) return unknownAt(atOf(e, sc), `${printExpr(e)} (${err.message})`);
    if (err instanceof RangeError) return unknownAt(atOf(e, sc), `${printExpr(e)} (references nested too deep)`);
    throw err;
  }
}

function objectCons(e: ObjectExpr, sc: Scope): Value {
  const entries = new Map<string, Value>();
  for (const { key, value } of e.items) {
    const k = key.kind === 'literal' ? scalar(key.value, atOf(key, sc)) : evaluate(key, deeper(sc));
    const name = toStr(k);
    if (name === undefined) return unknownAt(atOf(e, sc), printExpr(e));
    entries.set(name, evaluate(value, deeper(sc)));
  }
  return object(entries, atOf(e, sc));
}

function conditional(e: ConditionalExpr, sc: Scope): Value {
  const cond = evaluate(e.cond, deeper(sc));
  const b = toBool(cond);
  if (b !== undefined) return evaluate(b ? e.then : e.else, deeper(sc));
  return evaluate(chooseBranch(cond, e.cond, sc) ? e.then : e.else, deeper(sc));
}

function splat(e: SplatExpr, sc: Scope): Value {
  const at = atOf(e, sc);
  const target = evaluate(e.target, deeper(sc));
  if (target.kind === 'unknown') return unknownAt(at, printExpr(e));
  if (target.kind === 'scalar' && target.value === null) return list([], at);
  const items = target.kind === 'list' ? target.items : [target];
  return list(
    items.map((item) => evaluate(e.each, { ...deeper(sc), splatItem: item })),
    at,
  );
}

function forExpr(e: ForExpr, sc: Scope): Value {
  const at = atOf(e, sc);
  const coll = evaluate(e.collection, deeper(sc));
  const els = elements(coll);
  if (!els) return unknownAt(at, printExpr(e));
  const items: Value[] = [];
  const entries = new Map<string, Value>();
  for (const [k, v] of els) {
    const add: Record<string, Value> = { [e.valueVar]: v };
    if (e.keyVar) add[e.keyVar] = scalar(k, atOf(e.collection, sc));
    const inner = withVars(sc, add);
    if (e.cond) {
      const keep = toBool(evaluate(e.cond, inner));
      if (keep === undefined) return unknownAt(at, printExpr(e));
      if (!keep) continue;
    }
    if (!e.key) {
      items.push(evaluate(e.value, inner));
      continue;
    }
    const key = toStr(evaluate(e.key, inner));
    if (key === undefined) return unknownAt(at, printExpr(e));
    const value = evaluate(e.value, inner);
    if (e.group) {
      const group = entries.get(key);
      if (group?.kind === 'list') group.items.push(value);
      else entries.set(key, list([value], at));
    } else {
      if (entries.has(key)) throw new EvalError(`duplicate key "${key}" in a for expression`);
      entries.set(key, value);
    }
  }
  return e.key ? object(entries, at) : list(items, at);
}
