import type { RuleMeta } from '../core/rule-meta.ts';
import type { Path } from '../core/range.ts';
import type { PolicyDocument, Resource, Unit } from '../model/model.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Via } from '../model/value.ts';

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, unknown>;
  /** The model path at fault; the engine turns it into a range (the deepest existing node). */
  path: Path;
  /** File of the path, when it is not the unit's main file. */
  file?: string;
  /** The resource, for the report's `resource` field. */
  resource?: string | null;
  /** Point at the key rather than the value (for a value whose whole entry is at fault). */
  key?: boolean;
  related?: Via[];
}

export interface RuleContext {
  unit: Unit;
  /** The scenario the rule runs under: resolve values with it so Fn::If branches are explored. */
  scenario: Scenario;
  options: Record<string, unknown>;
  report(d: ReportDescriptor): void;
}

/** Visitors a rule returns from create(); each is called once per model object per scenario. */
export interface RuleVisitors {
  resource?(r: Resource): void;
  /**
   * When given, `resource` is called only for resources of these types. With hundreds of rules most of them
   * look at a few types; the engine then skips the other resources without setting up a visit. The set and the
   * visitors a rule returns must not depend on the unit: the engine remembers them, and skips create() for a unit
   * that has none of these types when the rule has no other visitor.
   */
  resourceTypes?: ReadonlySet<string>;
  policyDocument?(d: PolicyDocument): void;
  unit?(u: Unit): void;
}

/** A rule, eslint-style: metadata first, then create(context). Declarative policies compile to this shape. */
export interface Rule {
  meta: RuleMeta;
  /** Compliant snippets for the rule's docs page, as declarative policies give them. */
  examples?: { cloudformation?: string; terraform?: string };
  create(context: RuleContext): RuleVisitors;
  /**
   * For a rule whose silence proves nothing (meta.confirms false): whether the unit shows what the rule asks for is
   * in place (a metric filter that matches every event of its class, with an alarm that notifies someone). Then
   * --compliance can pass the rule's controls on the run's silence after all.
   */
  confirmedIn?(unit: Unit, scenario: Scenario): boolean;
}
