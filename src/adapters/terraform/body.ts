import type { ObjectValue, Value } from '../../model/value.ts';
import type { HclBlock, HclBody } from '../../parse/hcl-ast.ts';
import { elements } from './convert.ts';
import { EvalError } from './eval-error.ts';
import { evaluateSafe } from './evaluate.ts';
import type { Scope } from './scope.ts';
import { withVars } from './scope.ts';
import type { At } from './values.ts';
import { isNull, list, object, scalar, unknownAt } from './values.ts';

/** Arguments and blocks of a resource that configure Terraform itself, not the resource. */
const META_ATTRIBUTES = new Set(['count', 'for_each', 'depends_on', 'provider']);
const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection']);

/**
 * A block body as a value, in the JSON form: attributes by name (an attribute set to null is absent, as
 * Terraform reads it), nested blocks as lists of objects under their type (and labels), `dynamic` blocks
 * expanded into the blocks they generate.
 */
export function evalBody(body: HclBody, sc: Scope, at: At, resourceLevel: boolean): ObjectValue {
  const entries = new Map<string, Value>();
  for (const item of body.items) {
    if (item.kind === 'attribute') {
      if (resourceLevel && META_ATTRIBUTES.has(item.name)) continue;
      const v = evaluateSafe(item.expr, sc);
      if (isNull(v)) entries.delete(item.name);
      else entries.set(item.name, v);
      continue;
    }
    if (resourceLevel && META_BLOCKS.has(item.type)) continue;
    if (item.type === 'dynamic') {
      const name = item.labels[0];
      if (name === undefined) continue;
      for (const generated of dynamicBlocks(item, sc)) addBlock(entries, [name], generated, sc);
      continue;
    }
    addBlock(entries, [item.type, ...item.labels], evalBody(item.body, sc, { path: item.path, file: sc.file.path }, false), sc);
  }
  return object(entries, at);
}

/** Puts a nested block's value under its type and labels; the innermost key holds the list of such blocks. */
function addBlock(entries: Map<string, Value>, keys: string[], value: ObjectValue, sc: Scope): void {
  let map = entries;
  const listPath = value.path.slice(0, -1);
  for (const key of keys.slice(0, -1)) {
    let next = map.get(key);
    if (next?.kind !== 'object') {
      next = object(new Map(), { path: listPath, file: sc.file.path });
      map.set(key, next);
    }
    map = next.entries;
  }
  const last = keys[keys.length - 1];
  const existing = map.get(last);
  if (existing?.kind === 'list') existing.items.push(value);
  else map.set(last, list([value], { path: listPath, file: sc.file.path }));
}

/**
 * The blocks a `dynamic` block generates: one per element of `for_each`, with the iterator (`<label>` or the
 * `iterator` name) bound to `{ key, value }`. When the collection is unknown, one block stands for all of them,
 * its iterator unknown.
 */
function dynamicBlocks(block: HclBlock, sc: Scope): ObjectValue[] {
  const name = block.labels[0];
  let forEach: HclBody['items'][number] | undefined;
  let iterator = name;
  const contents: HclBlock[] = [];
  for (const item of block.body.items) {
    if (item.kind === 'attribute' && item.name === 'for_each') forEach = item;
    else if (item.kind === 'attribute' && item.name === 'iterator' && item.expr.kind === 'variable') iterator = item.expr.name;
    else if (item.kind === 'block' && item.type === 'content') contents.push(item);
  }
  const content = contents[0];
  if (!content || forEach?.kind !== 'attribute') return [];
  const at = { path: forEach.path, file: sc.file.path };
  const coll = evaluateSafe(forEach.expr, sc);
  let els: [string | number, Value][] | undefined;
  try {
    els = elements(coll);
  } catch (err) {
    if (!(err instanceof EvalError)) throw err;
  }
  const generate = (it: Value) => evalBody(content.body, withVars(sc, { [iterator]: it }), { path: content.path, file: sc.file.path }, false);
  if (!els) return [generate(unknownAt(at, `${sc.mod.prefix}${iterator}`))];
  return els.map(([k, v]) => generate(object(new Map([['key', scalar(k, at)], ['value', v]]), at)));
}
