import { memoByScenario } from '../../model/memo-by-scenario.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { evalBody } from './body.ts';
import type { Decl } from './config.ts';
import { EvalError } from './eval-error.ts';
import { evaluateSafe } from './evaluate.ts';
import { blockKeys } from './block-keys.ts';
import { eachValueOf } from './expand.ts';
import type { Keys, ResourceGroup } from './groups.ts';
import { keySuffix } from './groups.ts';
import type { TfInstance } from './instance.ts';
import { LazyInstance } from './instance.ts';
import type { ModuleInstance } from './module-instance.ts';
import { policyDocument } from './policy-document.ts';
import type { InstanceBinding } from './scope.ts';
import { staticReferences } from './static-references.ts';
import { markOpen, scalar, unknownAt } from './values.ts';
import type { At } from './values.ts';

/** A resource or data block of one module instance: its expansion, and its instances built on demand. */
export class ResourceGroupImpl implements ResourceGroup {
  readonly base: string;
  private expansion: Keys | undefined;
  private readonly built = new Map<string, TfInstance>();
  private forEachMemo: ((s: Scenario) => Value) | undefined;
  private refs: Set<string> | undefined;
  private readonly members = new Map<string, (s: Scenario) => Value>();

  constructor(
    readonly mod: ModuleInstance,
    readonly decl: Decl,
    readonly mode: 'managed' | 'data',
  ) {
    this.base = mod.prefix + (mode === 'data' ? 'data.' : '') + decl.block.labels.join('.');
  }

  keys(): Keys {
    return (this.expansion ??= blockKeys(this.mod, this.decl, this.base));
  }

  private forEachValue(s: Scenario): Value {
    const forEach = this.decl.attrs.get('for_each')!;
    this.forEachMemo ??= memoByScenario((sc) => evaluateSafe(forEach.expr, this.mod.scope(this.decl.file, sc)));
    return this.forEachMemo(s);
  }

  private binding(key: number | string | undefined): InstanceBinding | undefined {
    const keys = this.keys();
    if (keys.kind === 'single') return undefined;
    if (keys.kind === 'count') return { meta: 'count', key };
    if (keys.kind === 'unknown') return { meta: keys.meta };
    return { meta: 'for_each', key, eachValue: (s) => eachValueOf(this.forEachValue(s), String(key)) };
  }

  private hasKey(key: number | string | undefined): boolean {
    const keys = this.keys();
    if (keys.kind === 'count') return typeof key === 'number' && keys.indices.includes(key);
    if (keys.kind === 'for_each') return typeof key === 'string' && keys.keys.includes(key);
    return key === undefined;
  }

  instance(key: number | string | undefined): TfInstance {
    const id = key === undefined ? '' : JSON.stringify(key);
    let inst = this.built.get(id);
    if (inst) return inst;
    const { decl, mod, mode } = this;
    const [type, name] = decl.block.labels;
    const address = this.base + keySuffix(key);
    const binding = this.binding(key);
    const at = { path: decl.block.path, file: decl.file.path };
    const compute = memoByScenario((s) => markOpen(this.evaluate(binding, s), address));
    inst = new LazyInstance(
      {
        address,
        mode,
        type,
        name,
        module: mod.modulePath,
        ...(key !== undefined ? { index: key } : {}),
        file: decl.file.path,
        path: decl.block.path,
        attributes: (s: Scenario) => mod.guard(address, () => compute(s), () => unknownAt(at, `${address} (reference cycle)`)),
      },
      () => (this.refs ??= staticReferences(mod, decl)),
    );
    this.built.set(id, inst);
    return inst;
  }

  /** The instance's attributes; a policy document data source also gets the `json` it renders. */
  private evaluate(binding: InstanceBinding | undefined, s: Scenario): Value {
    const { decl, mod } = this;
    const at = { path: decl.block.path, file: decl.file.path };
    try {
      const body = evalBody(decl.body, mod.scope(decl.file, s, binding), at, true);
      if (this.mode === 'data' && decl.block.labels[0] === 'aws_iam_policy_document') {
        let doc: Value;
        try {
          doc = policyDocument(body, at);
        } catch (err) {
          if (!(err instanceof EvalError)) throw err;
          doc = unknownAt(at, `${this.base}.json (${err.message})`);
        }
        body.entries.set('json', doc);
        body.entries.set('minified_json', doc);
      }
      if (this.mode === 'data') awsManagedKeyAttributes(decl.block.labels[0], body, at);
      return body;
    } catch (err) {
      // Never a crash for what a configuration says: what cannot be evaluated is unknown.
      const why = err instanceof EvalError ? err.message : err instanceof RangeError ? 'nested too deep' : String(err);
      return unknownAt(at, `${this.base} (could not be evaluated: ${why})`);
    }
  }

  /**
   * One top-level attribute (or the blocks of one type) of an instance, for a reference to it: evaluating only
   * what is referred to keeps the referring value free of the other attributes' conditionals. Not configured:
   * computed by the provider, unknown.
   */
  member(key: number | string | undefined, name: string, s: Scenario): Value {
    const at = { path: this.decl.block.path, file: this.decl.file.path };
    const address = this.base + keySuffix(key);
    if (!this.hasKey(key)) return unknownAt(at, `${address}.${name}`);
    const wholeDocument = this.mode === 'data' && this.decl.block.labels[0] === 'aws_iam_policy_document';
    const items = this.decl.body.items.filter((i) => (i.kind === 'attribute' ? i.name === name : i.type === name || (i.type === 'dynamic' && i.labels[0] === name)));
    if (wholeDocument || items.length === 0 || ['count', 'for_each', 'depends_on', 'provider'].includes(name)) {
      const whole = this.instanceValue(key, s);
      return whole.kind === 'object' ? whole.entries.get(name) ?? unknownAt(at, `${address}.${name}`) : unknownAt(at, `${address}.${name}`);
    }
    const id = `${key === undefined ? '' : JSON.stringify(key)}.${name}`;
    let memo = this.members.get(id);
    if (!memo) {
      const binding = this.binding(key);
      memo = memoByScenario((sc) => {
        const body = evalBody({ items }, this.mod.scope(this.decl.file, sc, binding), at, true);
        return body.entries.get(name) ?? unknownAt(at, `${address}.${name}`);
      });
      this.members.set(id, memo);
    }
    return this.mod.guard(`${address}.${name}`, () => memo(s), () => unknownAt(at, `${address}.${name} (reference cycle)`));
  }

  instanceValue(key: number | string | undefined, s: Scenario): Value {
    if (!this.hasKey(key)) return unknownAt({ path: this.decl.block.path, file: this.decl.file.path }, this.base + keySuffix(key));
    return this.instance(key).attributes(s);
  }

  instances(): TfInstance[] {
    const keys = this.keys();
    if (keys.kind === 'count') return keys.indices.map((k) => this.instance(k));
    if (keys.kind === 'for_each') return keys.keys.map((k) => this.instance(k));
    return [this.instance(undefined)];
  }
}

/** The attributes that name the key, computed by the provider, of `data "aws_kms_key"` and `data "aws_kms_alias"`. */
const KEY_ATTRIBUTES: Record<string, { input: string; computed: string[] }> = {
  aws_kms_key: { input: 'key_id', computed: ['arn', 'id'] },
  aws_kms_alias: { input: 'name', computed: ['arn', 'id', 'target_key_arn', 'target_key_id'] },
};

/**
 * A KMS data source looked up by an AWS managed alias (`alias/aws/sns`) names that AWS managed key: its computed
 * attributes, unknown otherwise, are given as the alias, which KMS accepts wherever a key is named, so that a
 * policy about customer managed keys sees `data.aws_kms_key.sns.arn` for what it is.
 */
function awsManagedKeyAttributes(type: string | undefined, body: Value, at: At): void {
  const spec = type ? KEY_ATTRIBUTES[type] : undefined;
  if (!spec || body.kind !== 'object') return;
  const input = body.entries.get(spec.input);
  if (input?.kind !== 'scalar' || typeof input.value !== 'string' || !/^alias\/aws\/[\w-]+$/.test(input.value)) return;
  for (const name of spec.computed) if (!body.entries.has(name)) body.entries.set(name, scalar(input.value, input.path ? { path: input.path, file: input.file } : at));
}
