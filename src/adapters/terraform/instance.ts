import type { Path } from '../../core/range.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';

/**
 * One Terraform resource (or data source) instance after evaluation: the boundary between reading Terraform
 * (HCL, .tf.json or a plan) and mapping it onto the model. `count`/`for_each` instances are separate entries
 * when they can be expanded; otherwise one instance whose per-instance values are unknown.
 */
export interface TfInstance {
  /** Full address: `aws_s3_bucket.logs`, `module.storage.aws_s3_bucket.logs[0]`, `data.aws_iam_policy_document.p`. */
  address: string;
  mode: 'managed' | 'data';
  /** Terraform type, e.g. `aws_s3_bucket`. */
  type: string;
  name: string;
  /** Module path from the root, e.g. ['storage'] for module.storage. */
  module: string[];
  /** `count.index` or `each.key` when expanded. */
  index?: number | string;
  /** File and document path of the resource block (its header is where a missing attribute is reported). */
  file: string;
  path: Path;
  /**
   * The attributes and nested blocks, evaluated under a scenario (conditional expressions are choice points,
   * as Fn::If is). Nested blocks are lists of objects (`versioning: [{ enabled: true }]`), as in .tf.json.
   * Each value carries its own `file` and `path` into the .tf source, and `via` where it came from a variable or
   * another resource.
   */
  attributes(s: Scenario): Value;
  /** Addresses this instance refers to (other resources, data sources, modules). */
  references: Set<string>;
}

/** What an instance is made of, its references aside. */
export type InstanceFields = Omit<TfInstance, 'references'>;

/**
 * An instance whose references are worked out when a rule first asks. A class rather than an object literal with
 * a `references` getter: a getter written in a literal is a new closure for every instance, which gives every
 * instance a map of its own, and V8's maps (in old space) then keep what the closure holds alive through every
 * scavenge until a full collection (see TemplateResource in the CloudFormation adapter).
 */
export class LazyInstance implements TfInstance {
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly module: string[];
  readonly index?: number | string;
  readonly file: string;
  readonly path: Path;
  readonly attributes: (s: Scenario) => Value;
  #references: Set<string> | undefined;
  readonly #compute: () => Set<string>;

  constructor(fields: InstanceFields, references: () => Set<string>) {
    this.address = fields.address;
    this.mode = fields.mode;
    this.type = fields.type;
    this.name = fields.name;
    this.module = fields.module;
    if (fields.index !== undefined) this.index = fields.index;
    this.file = fields.file;
    this.path = fields.path;
    this.attributes = fields.attributes;
    this.#compute = references;
  }

  get references(): Set<string> {
    return (this.#references ??= this.#compute());
  }
}
