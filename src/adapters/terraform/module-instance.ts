import { relative, sep } from 'node:path';
import { memoByScenario } from '../../model/memo-by-scenario.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value, Via } from '../../model/value.ts';
import type { Decl } from './config.ts';
import type { LoadContext } from './context.ts';
import { evaluateSafe } from './evaluate.ts';
import type { TfFile } from './files.ts';
import type { CallGroup, ResourceGroup } from './groups.ts';
import { CallGroupImpl } from './call-group.ts';
import { ResourceGroupImpl } from './resource-group.ts';
import type { ModuleConfig } from './config.ts';
import type { InstanceBinding, Scope } from './scope.ts';
import type { TfInstance } from './instance.ts';
import { convertToType } from './variable-type.ts';
import { allowedValues } from './variable-type.ts';
import { scalar, unknownAt } from './values.ts';
import type { CallSite } from './relocate.ts';
import { relocateInstance, relocateValue } from './relocate.ts';

/** A value with where it came from, before it is moved to where it is used. */
export interface Sourced {
  value: Value;
  via?: Via;
}

/** Values given to a module's variables: by the caller's arguments, or for the root by variable files and options. */
export type Inputs = (name: string, s: Scenario) => Sourced | undefined;

/**
 * One instance of a module: the root, or a module call (one per key when the call has count or for_each).
 * Everything is evaluated lazily and memoised per scenario; evaluations under way are tracked so that a
 * reference cycle gives an unknown value instead of running forever.
 */
export class ModuleInstance {
  private readonly locals = new Map<string, (s: Scenario) => Sourced>();
  private readonly variables = new Map<string, (s: Scenario) => Sourced>();
  private readonly outputs = new Map<string, (s: Scenario) => Sourced>();
  private readonly groups = new Map<string, ResourceGroupImpl>();
  private readonly calls = new Map<string, CallGroupImpl>();
  inputs: Inputs = () => undefined;
  /**
   * For a call read from our model of a registry module: the module block that calls it. Everything the model's
   * resources hold is moved there (or to the argument it came from), so findings point into the user's files.
   */
  modelCall: CallSite | undefined;

  constructor(
    readonly ctx: LoadContext,
    readonly config: ModuleConfig,
    /** `''` for the root, `module.a.` / `module.a[0].module.b.` below it. */
    readonly prefix: string,
    readonly modulePath: string[],
    /** Call names from the root, without instance keys: the key `terraform init` records a module under. */
    readonly callNames: string[],
    readonly dir: string,
    /** Directories of the modules from the root to this one, to refuse a module that calls itself. */
    readonly ancestry: string[],
  ) {}

  /** `path.module`: this module's directory relative to the root, with forward slashes. */
  get relDir(): string {
    const rel = relative(this.ctx.rootDir, this.dir);
    return rel === '' ? '.' : rel.split(sep).join('/');
  }

  scope(file: TfFile, s: Scenario, instance?: InstanceBinding): Scope {
    return { mod: this, file, s, instance, depth: 0 };
  }

  /** Runs `compute` unless `key` is already being computed further up: then the value is unknown (a cycle). */
  guard<T>(key: string, compute: () => T, onCycle: () => T): T {
    if (this.ctx.active.has(key)) return onCycle();
    this.ctx.active.add(key);
    try {
      return compute();
    } finally {
      this.ctx.active.delete(key);
    }
  }

  variable(name: string, s: Scenario): Sourced | undefined {
    const decl = this.config.variables.get(name);
    if (!decl) return undefined;
    let memo = this.variables.get(name);
    if (!memo) this.variables.set(name, (memo = memoByScenario((sc) => this.variableValue(name, decl, sc))));
    const key = `${this.prefix}var.${name}`;
    return this.guard(key, () => memo(s), () => ({ value: unknownAt({ path: decl.block.path, file: decl.file.path }, `${key} (reference cycle)`) }));
  }

  private variableValue(name: string, decl: Decl, s: Scenario): Sourced {
    const type = decl.attrs.get('type')?.expr;
    const given = this.inputs(name, s);
    if (given) return { value: convertToType(given.value, type), via: given.via };
    const def = decl.attrs.get('default');
    if (def) {
      const value = evaluateSafe(def.expr, this.scope(decl.file, s));
      const via: Via = { message: `default of variable "${name}"`, file: decl.file.path, path: def.path, range: decl.file.range(def.expr.start, def.expr.end) };
      return { value: convertToType(value, type), via };
    }
    const allowed = allowedValues(decl, name);
    if (allowed) {
      const what = `${this.prefix}var.${name}`;
      const k = s.choose(`terraform:${what}`, allowed.map((a) => `${what} is ${JSON.stringify(a.value)}`));
      const { value, expr } = allowed[k];
      const via: Via = { message: `allowed value of variable "${name}" (its validation)`, file: decl.file.path, path: expr.path, range: decl.file.range(expr.start, expr.end) };
      return { value: scalar(value, { path: expr.path, file: decl.file.path }), via };
    }
    return { value: unknownAt({ path: decl.block.path, file: decl.file.path }, `${this.prefix}var.${name}`) };
  }

  local(name: string, s: Scenario): Sourced | undefined {
    const decl = this.config.locals.get(name);
    if (!decl) return undefined;
    let memo = this.locals.get(name);
    if (!memo) {
      const via: Via = { message: `local.${name}`, file: decl.file.path, path: decl.attr.path, range: decl.file.range(decl.attr.expr.start, decl.attr.expr.end) };
      memo = memoByScenario((sc) => ({ value: evaluateSafe(decl.attr.expr, this.scope(decl.file, sc)), via }));
      this.locals.set(name, memo);
    }
    const key = `${this.prefix}local.${name}`;
    const at = { path: decl.attr.path, file: decl.file.path };
    return this.guard(key, () => memo(s), () => ({ value: unknownAt(at, `${key} (reference cycle)`) }));
  }

  output(name: string, s: Scenario): Sourced | undefined {
    const decl = this.config.outputs.get(name);
    const value = decl?.attrs.get('value');
    if (!decl || !value) return undefined;
    let memo = this.outputs.get(name);
    if (!memo) {
      const owner = this.prefix.slice(0, -1) || 'the root module';
      const site = this.modelCall;
      // A model's output reads as coming from the module call: the model's files are in no report.
      const via: Via = site
        ? { message: `output "${name}" of ${owner}`, file: site.file, path: site.path }
        : { message: `output "${name}" of ${owner}`, file: decl.file.path, path: value.path, range: decl.file.range(value.expr.start, value.expr.end) };
      const moved = new WeakMap<Value, Value>();
      memo = memoByScenario((sc) => {
        const v = evaluateSafe(value.expr, this.scope(decl.file, sc));
        return { value: site ? relocateValue(v, site, moved) : v, via };
      });
      this.outputs.set(name, memo);
    }
    const key = `${this.prefix}output.${name}`;
    return this.guard(key, () => memo(s), () => ({ value: unknownAt({ path: value.path, file: decl.file.path }, `${key} (reference cycle)`) }));
  }

  resource(mode: 'managed' | 'data', key: string): ResourceGroup | undefined {
    const id = `${mode}:${key}`;
    let group = this.groups.get(id);
    if (!group) {
      const decl = (mode === 'data' ? this.config.data : this.config.resources).get(key);
      if (!decl) return undefined;
      this.groups.set(id, (group = new ResourceGroupImpl(this, decl, mode)));
    }
    return group;
  }

  moduleCall(name: string): CallGroup | undefined {
    return this.call(name);
  }

  private call(name: string): CallGroupImpl | undefined {
    let call = this.calls.get(name);
    if (!call) {
      const decl = this.config.modules.get(name);
      if (!decl) return undefined;
      this.calls.set(name, (call = new CallGroupImpl(this, name, decl)));
    }
    return call;
  }

  /** Every resource and data source instance of this module and the modules it calls. */
  instances(): TfInstance[] {
    const out: TfInstance[] = [];
    for (const key of this.config.resources.keys()) out.push(...(this.resource('managed', key) as ResourceGroupImpl).instances());
    for (const key of this.config.data.keys()) out.push(...(this.resource('data', key) as ResourceGroupImpl).instances());
    for (const name of this.config.modules.keys())
      for (const child of this.call(name)!.children()) {
        const found = child.instances();
        out.push(...(child.modelCall ? found.map((i) => relocateInstance(i, child.modelCall!)) : found));
      }
    return out;
  }
}
