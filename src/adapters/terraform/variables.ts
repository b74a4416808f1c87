import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Path } from '../../core/range.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value, Via } from '../../model/value.ts';
import type { SourceDocument } from '../../parse/document.ts';
import { parseHcl } from '../../parse/hcl.ts';
import { parseJson } from '../../parse/json.ts';
import type { Node } from '../../parse/node.ts';
import { evaluateSafe } from './evaluate.ts';
import { TfFile } from './files.ts';
import type { Inputs, ModuleInstance, Sourced } from './module-instance.ts';
import type { TfProblem } from './problems.ts';
import { relocate } from './template-string.ts';
import { isStringTyped } from './variable-type.ts';
import { list, object, scalar } from './values.ts';

export interface VariableOptions {
  /** `--var-file` paths, in order; relative to the current directory. */
  varFiles?: string[];
  /** `--var NAME=VALUE`, applied after every file. */
  vars?: Record<string, string>;
}

/**
 * The root module's variable values, in Terraform's order of precedence (later wins): terraform.tfvars,
 * terraform.tfvars.json, *.auto.tfvars and *.auto.tfvars.json in name order, then `varFiles`, then `vars`.
 * Each value's `via` points at the assignment that set it.
 */
export function rootInputs(root: ModuleInstance, options: VariableOptions, problems: TfProblem[]): Inputs {
  const assigned = new Map<string, (s: Scenario) => Sourced>();
  const automatic = listAutoFiles(root.dir);
  const given = (options.varFiles ?? []).map((f) => resolve(f));
  for (const path of [...automatic, ...given]) {
    const text = root.ctx.readText(path, root.dir);
    if (text === undefined) {
      if (given.includes(path)) problems.push(unreadable(path));
      continue;
    }
    const name = root.ctx.display(path);
    const doc = path.endsWith('.json') ? parseJson(name, text) : parseHcl(name, text);
    root.ctx.documents.push(doc);
    readVarFile(root, doc, assigned);
  }
  for (const [name, raw] of Object.entries(options.vars ?? {})) {
    const decl = root.config.variables.get(name);
    if (!decl) continue;
    const range = decl.file.range(decl.block.start, decl.block.headerEnd);
    const via: Via = { message: `variable "${name}" set with --var ${name}=${raw}`, file: decl.file.path, path: decl.block.path, range };
    const at = { path: decl.block.path, file: decl.file.path };
    if (isStringTyped(decl.attrs.get('type')?.expr)) {
      assigned.set(name, () => ({ value: scalar(raw, at), via }));
      continue;
    }
    const parsed = parseHcl('(--var)', `x = ${raw}\n`).hcl?.body.items[0];
    if (parsed?.kind !== 'attribute') continue;
    relocate(parsed.expr, { start: decl.block.start, end: decl.block.headerEnd, path: decl.block.path });
    assigned.set(name, (s) => ({ value: evaluateSafe(parsed.expr, { mod: root, file: decl.file, s, closed: true, depth: 0 }), via }));
  }
  return (name, s) => assigned.get(name)?.(s);
}

function listAutoFiles(dir: string): string[] {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const auto = names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)).sort();
  return ['terraform.tfvars', 'terraform.tfvars.json', ...auto].filter((n) => names.includes(n)).map((n) => join(dir, n));
}

function readVarFile(root: ModuleInstance, doc: SourceDocument, assigned: Map<string, (s: Scenario) => Sourced>): void {
  const file = new TfFile(doc, doc.hcl?.body ?? { items: [] });
  const name = basename(doc.file);
  if (doc.hcl) {
    for (const item of doc.hcl.body.items) {
      if (item.kind !== 'attribute') continue;
      const via: Via = { message: `variable "${item.name}" set in ${name}`, file: doc.file, path: item.path, range: file.range(item.expr.start, item.expr.end) };
      assigned.set(item.name, (s) => ({ value: evaluateSafe(item.expr, { mod: root, file, s, closed: true, depth: 0 }), via }));
    }
    return;
  }
  if (doc.root?.kind !== 'map') return;
  for (const e of doc.root.entries) {
    const value = jsonValue(e.value, [e.key], doc.file);
    const via: Via = { message: `variable "${e.key}" set in ${name}`, file: doc.file, path: [e.key], range: e.value.range };
    assigned.set(e.key, () => ({ value, via }));
  }
}

/** A plain JSON node as a value: variable files hold values, not expressions. */
function jsonValue(node: Node, path: Path, file: string): Value {
  const at = { path, file };
  if (node.kind === 'scalar') return scalar(node.value, at);
  if (node.kind === 'seq') return list(node.items.map((n, i) => jsonValue(n, [...path, i], file)), at);
  return object(new Map(node.entries.map((e) => [e.key, jsonValue(e.value, [...path, e.key], file)])), at);
}

function unreadable(path: string): TfProblem {
  const at = { line: 1, column: 1 };
  return { ruleId: 'terraform/invalid-variable-value', severity: 'error', message: `Cannot read the variable file ${path}`, file: path, path: [], range: { start: at, end: at } };
}
