import type { Path } from '../core/range.ts';
import type { Unit } from '../model/model.ts';
import type { Via } from '../model/value.ts';
import type { Expr, HclAttribute, HclBlock, HclBody } from '../parse/hcl-ast.ts';

/**
 * A text value written in a Terraform block that is not a resource: a provider's settings, a registry module's
 * arguments, a variable's default.
 */
export interface HclLiteral {
  block: 'provider' | 'module' | 'variable';
  /** The provider's name (`aws`), the module call's, or the variable's. */
  label: string;
  /** The attribute, dotted from the block (`assume_role.external_id`). */
  name: string;
  text: string;
  file: string;
  path: Path;
  /** The variable default it comes from, when the attribute is `var.x`. */
  source?: Via;
}

/** Arguments of a module call that configure Terraform itself, not the module. */
const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/**
 * Literal text in provider blocks, in calls of modules that are not in the configuration's folders (a local
 * module's resources are read with the arguments it is given, so its secrets are found there), and in variable
 * defaults. An attribute that reads a variable counts when the variable's default is literal text.
 */
export function hclLiterals(unit: Unit): HclLiteral[] {
  const bodies = [...unit.documents.values()].flatMap((d) => (d.hcl ? [{ file: d.file, body: d.hcl.body }] : []));
  const defaults = variableDefaults(bodies);
  const out: HclLiteral[] = [];
  for (const { file, body } of bodies) {
    for (const item of body.items) {
      if (item.kind !== 'block' || item.labels.length === 0) continue;
      if (item.type === 'provider') collect(item.body, 'provider', item.labels[0], '', file, defaults, out);
      if (item.type === 'module' && !isLocalModule(item)) collect(item.body, 'module', item.labels[0], '', file, defaults, out, META_ARGUMENTS);
    }
  }
  for (const [label, d] of defaults) out.push({ block: 'variable', label, name: 'default', text: d.text, file: d.file ?? '', path: d.path });
  return out;
}

function collect(body: HclBody, block: 'provider' | 'module', label: string, prefix: string, file: string, defaults: Map<string, Via & { text: string }>, out: HclLiteral[], skip?: Set<string>): void {
  for (const item of body.items) {
    if (item.kind === 'block') {
      collect(item.body, block, label, `${prefix}${item.type}.`, file, defaults, out);
      continue;
    }
    if (skip?.has(item.name)) continue;
    const name = prefix + item.name;
    const text = literalText(item.expr);
    if (text !== undefined) {
      out.push({ block, label, name, text, file, path: item.path });
      continue;
    }
    const variable = variableName(item.expr);
    const def = variable === undefined ? undefined : defaults.get(variable);
    if (def) out.push({ block, label, name, text: def.text, file, path: item.path, source: { message: def.message, path: def.path, ...(def.file !== undefined ? { file: def.file } : {}) } });
  }
}

/** The text of a string literal, or of a template whose interpolations are shown as `${…}` so no pattern takes them for a secret. */
function literalText(e: Expr): string | undefined {
  if (e.kind === 'literal') return typeof e.value === 'string' ? e.value : undefined;
  if (e.kind !== 'template') return undefined;
  if (!e.parts.some((p) => typeof p === 'string')) return undefined;
  return e.parts.map((p) => (typeof p === 'string' ? p : '${…}')).join('');
}

function variableName(e: Expr): string | undefined {
  if (e.kind === 'getattr' && e.target.kind === 'variable' && e.target.name === 'var') return e.name;
  if (e.kind === 'template' && e.parts.length === 1 && typeof e.parts[0] !== 'string') return variableName(e.parts[0] as Expr);
  return undefined;
}

function variableDefaults(bodies: { file: string; body: HclBody }[]): Map<string, Via & { text: string }> {
  const out = new Map<string, Via & { text: string }>();
  for (const { file, body } of bodies) {
    for (const item of body.items) {
      if (item.kind !== 'block' || item.type !== 'variable' || item.labels.length === 0) continue;
      const def = item.body.items.find((i): i is HclAttribute => i.kind === 'attribute' && i.name === 'default');
      const text = def ? literalText(def.expr) : undefined;
      if (def && text !== undefined) out.set(item.labels[0], { message: `default of variable "${item.labels[0]}"`, file, path: def.path, text });
    }
  }
  return out;
}

function isLocalModule(block: HclBlock): boolean {
  const source = block.body.items.find((i): i is HclAttribute => i.kind === 'attribute' && i.name === 'source');
  const text = source ? literalText(source.expr) : undefined;
  return text !== undefined && /^\.\.?[/\\]/.test(text);
}
