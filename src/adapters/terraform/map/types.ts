import type { PolicyKind } from '../../../model/model.ts';
import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import type { LinkTarget, Links } from './links.ts';
import type { Spec } from './reshape.ts';

export interface MapContext {
  links: Links;
}

/** A policy document held by a Terraform attribute that has no CloudFormation property to map onto. */
export interface TfDocument {
  attr: string;
  kind: PolicyKind;
}

/**
 * Properties a separate Terraform resource sets on the one it names (an encryption configuration on its bucket,
 * a policy attachment on its role): its attributes reshaped by `spec` and written over the target's, or added to
 * the lists named in `append`.
 */
export interface Merge {
  from: string;
  /** The attribute of `from` that names the target (`bucket`, `role`, `roles`). */
  via: string;
  spec: Spec;
  append?: string[];
  /** Properties written as references to other resources (see `refs` of Mapping). */
  refs?: Record<string, LinkTarget>;
  /** The policy this resource carries, checked on its own when it names no resource of the configuration. */
  document?: TfDocument;
}

/** How one Terraform resource type becomes one CloudFormation resource. */
export interface Mapping {
  cfn: string;
  /** Attributes holding the name by which other resources may name this one literally (`bucket`, `name`). */
  names?: string[];
  spec: Spec;
  merges?: Merge[];
  /**
   * Properties that name other resources of the configuration, rewritten as CloudFormation would write them
   * (`Ref aws_iam_role.app`), so a rule that follows references reads both sources alike.
   */
  refs?: Record<string, LinkTarget>;
  /** Policies in attributes that CloudFormation keeps in a separate resource (a queue's `policy`). */
  documents?: TfDocument[];
  /** What the table cannot say: defaults set elsewhere in the configuration, values derived from several. */
  adjust?: (props: ObjectValue, inst: TfInstance, ctx: MapContext, s: Scenario) => Value;
}

/** A model resource produced from a Terraform instance, before it becomes a Resource. */
export interface Produced {
  type: string;
  properties: (s: Scenario) => Value | undefined;
  documents?: TfDocument[];
}

/** A mapping that the table cannot express (one Terraform resource giving several CloudFormation ones). */
export type Mapper = (inst: TfInstance, ctx: MapContext) => Produced[];
