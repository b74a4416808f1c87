import { memoByScenario } from '../../model/memo-by-scenario.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value, Via } from '../../model/value.ts';
import type { Decl } from './config.ts';
import { evaluateSafe } from './evaluate.ts';
import { blockKeys } from './block-keys.ts';
import { eachValueOf } from './expand.ts';
import type { CallGroup, Keys } from './groups.ts';
import { keySuffix } from './groups.ts';
import type { Sourced } from './module-instance.ts';
import { ModuleInstance } from './module-instance.ts';
import type { Source } from './module-source.ts';
import { moduleSource } from './module-source.ts';
import { isModelDir, type ModelChoice } from './registry-models.ts';
import type { InstanceBinding } from './scope.ts';

/** Arguments of a module block that are Terraform's, not the module's variables. */
const META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** Deeper module trees are not followed: no real configuration nests this far, a runaway one would. */
const MAX_MODULE_DEPTH = 32;

/** A module call of one module instance: its expansion and the module instances it creates. */
export class CallGroupImpl implements CallGroup {
  readonly base: string;
  private expansion: Keys | undefined;
  private source: Source | undefined;
  private readonly built = new Map<string, ModuleInstance | undefined>();
  private forEachMemo: ((s: Scenario) => Value) | undefined;

  constructor(
    readonly mod: ModuleInstance,
    readonly name: string,
    readonly decl: Decl,
  ) {
    this.base = `${mod.prefix}module.${name}`;
  }

  keys(): Keys {
    return (this.expansion ??= blockKeys(this.mod, this.decl, this.base));
  }

  private binding(key: number | string | undefined): InstanceBinding | undefined {
    const keys = this.keys();
    if (keys.kind === 'single') return undefined;
    if (keys.kind === 'count') return { meta: 'count', key };
    if (keys.kind === 'unknown') return { meta: keys.meta };
    const forEach = this.decl.attrs.get('for_each')!;
    this.forEachMemo ??= memoByScenario((sc) => evaluateSafe(forEach.expr, this.mod.scope(this.decl.file, sc)));
    return { meta: 'for_each', key, eachValue: (s) => eachValueOf(this.forEachMemo!(s), String(key)) };
  }

  /** The module instance for a key, or undefined when its code is not on disk (or would recurse). */
  child(key: number | string | undefined): ModuleInstance | undefined {
    const id = key === undefined ? '' : JSON.stringify(key);
    if (this.built.has(id)) return this.built.get(id);
    const child = this.create(key);
    this.built.set(id, child);
    return child;
  }

  private create(key: number | string | undefined): ModuleInstance | undefined {
    const { mod, decl, name } = this;
    if (!this.source) {
      this.source = moduleSource(mod, name, decl);
      if ('missing' in this.source) mod.ctx.problems.push(this.source.missing);
      if ('dir' in this.source && this.source.model && !this.modelKnowsArguments(this.source.dir)) this.source = { remote: 'model without some argument' };
    }
    if (!('dir' in this.source)) return undefined;
    const { dir, model, defaults } = this.source;
    if (mod.ancestry.includes(dir) || mod.ancestry.length >= MAX_MODULE_DEPTH) {
      if (this.built.size === 0) this.reportCycle(dir);
      return undefined;
    }
    const suffix = keySuffix(key);
    const child = new ModuleInstance(mod.ctx, mod.ctx.config(dir, undefined, isModelDir(dir)), `${this.base}${suffix}.`, [...mod.modulePath, name + suffix], [...mod.callNames, name], dir, [...mod.ancestry, dir]);
    if (model) child.modelCall = { file: decl.file.path, path: decl.block.path };
    const binding = this.binding(key);
    child.inputs = (variable, s) => this.argument(variable, binding, suffix, s) ?? this.majorDefault(variable, defaults);
    return child;
  }

  /**
   * A call that passes an input our model does not declare may set something the model would then miss (a newer
   * version's input, one we left out): such a call is not modelled, its resources stay unknown. So is a call
   * with a nested block (`logging { … }`), which Terraform refuses in a module block: what it meant is unknown.
   */
  private modelKnowsArguments(dir: string): boolean {
    const variables = this.mod.ctx.config(dir, undefined, true).variables;
    if (this.decl.body.items.some((i) => i.kind === 'block')) return false;
    return [...this.decl.attrs.keys()].every((a) => META.has(a) || variables.has(a));
  }

  /** The default of a model's input for the single major the call's version admits (see registryModel). */
  private majorDefault(variable: string, defaults: ModelChoice['defaults'] | undefined): Sourced | undefined {
    if (!defaults || !Object.hasOwn(defaults, variable)) return undefined;
    const { decl } = this;
    const version = decl.attrs.get('version');
    const at = version ?? { path: decl.block.path };
    const value: Value = { kind: 'scalar', value: defaults[variable], path: at.path, file: decl.file.path };
    const via: Via = { message: `default of "${variable}" in the module's version ${version && version.expr.kind === 'literal' ? String(version.expr.value) : ''}`.trimEnd(), file: decl.file.path, path: at.path, ...(version ? { range: decl.file.range(version.expr.start, version.expr.end) } : {}) };
    return { value, via };
  }

  private argument(variable: string, binding: InstanceBinding | undefined, suffix: string, s: Scenario): Sourced | undefined {
    if (META.has(variable)) return undefined;
    const attr = this.decl.attrs.get(variable);
    if (!attr) return undefined;
    const { decl, mod } = this;
    const value = evaluateSafe(attr.expr, mod.scope(decl.file, s, binding));
    const via: Via = { message: `argument "${variable}" of ${this.base}${suffix}`, file: decl.file.path, path: attr.path, range: decl.file.range(attr.expr.start, attr.expr.end) };
    return { value, via };
  }

  private reportCycle(dir: string): void {
    const { mod, decl } = this;
    const chain = [...mod.ancestry.slice(mod.ancestry.indexOf(dir)), dir];
    mod.ctx.problems.push({
      ruleId: 'terraform/reference-cycle',
      severity: 'error',
      message:
        mod.ancestry.includes(dir)
          ? `Module "${this.name}" calls a module that is already being loaded (${chain.join(' → ')}); not followed`
          : `Module "${this.name}" nests deeper than ${MAX_MODULE_DEPTH} modules; not followed`,
      file: decl.file.path,
      path: decl.block.path,
      range: decl.file.range(decl.block.start, decl.block.headerEnd),
    });
  }

  children(): ModuleInstance[] {
    const keys = this.keys();
    const list = keys.kind === 'count' ? keys.indices : keys.kind === 'for_each' ? keys.keys : [undefined];
    return list.map((k) => this.child(k)).filter((c): c is ModuleInstance => c !== undefined);
  }

  output(key: number | string | undefined, name: string, s: Scenario): Sourced | undefined {
    const keys = this.keys();
    const valid = keys.kind === 'count' ? keys.indices.includes(key as number) : keys.kind === 'for_each' ? keys.keys.includes(key as string) : key === undefined;
    if (!valid) return undefined;
    return this.child(key)?.output(name, s);
  }
}
