import type { Finding, RelatedLocation } from '../core/finding.ts';
import type { Location } from '../core/range.ts';
import { formatMessage } from '../core/rule-meta.ts';
import type { Severity } from '../core/severity.ts';
import type { Resource, Unit } from '../model/model.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Via } from '../model/value.ts';
import { firstBranch } from '../model/scenario.ts';
import type { SourceDocument } from '../parse/document.ts';
import { locate } from '../parse/document.ts';
import type { Run } from '../model/explore.ts';
import { Exploring, exploreAfter } from '../model/explore.ts';
import { scenarioLabel } from './merge-scenarios.ts';
import type { ReportDescriptor, Rule, RuleContext, RuleVisitors } from './rule.ts';
import { addTime, timingEnabled } from './timing.ts';
import { startUnit, UnitMemo } from '../model/unit-memo.ts';

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options?: Record<string, unknown>;
}

/** Runs the rules over one unit of the model; returns its findings, each located by the core from its path. */
export function runRules(unit: Unit, rules: ActiveRule[]): Finding[] {
  return runRulesByFile(unit, rules).map((f) => f.finding);
}

/** A finding with the file it is in: a Terraform unit spreads over the files of a configuration. */
export interface FileFinding {
  file: string;
  finding: Finding;
}

/**
 * Runs the rules and says in which file each finding is. A report that names no file is in the file of the
 * object being visited (the resource, the policy document), which is the unit's only file for a template.
 */
const NOTHING: ReportDescriptor[] = [];

/** Which visitors a rule's create() returned (the same for every unit, see RuleVisitors.resourceTypes). */
interface Shape {
  unit: boolean;
  policyDocument: boolean;
  resource: boolean;
  typeList?: readonly string[];
}
const shapes = new WeakMap<Rule, Shape>();

/** The unit's resources by type, made once per unit. */
const byTypeOf = new UnitMemo<Unit, Map<string, Resource[]>>();
function resourcesByType(unit: Unit): Map<string, Resource[]> {
  let m = byTypeOf.get(unit);
  if (!m) {
    m = new Map();
    for (const r of unit.resources) {
      const list = m.get(r.type);
      if (list) list.push(r);
      else m.set(r.type, [r]);
    }
    byTypeOf.set(unit, m);
  }
  return m;
}

export function runRulesByFile(unit: Unit, rules: ActiveRule[]): FileFinding[] {
  startUnit();
  const findings: FileFinding[] = [];
  const byType = resourcesByType(unit);
  const plan = planOf(rules, unit.kind);
  if (plan) {
    // Only the rules with something to visit in this unit, in their order: a bit per rule, read a word at a time.
    const chosen = new Uint32Array((rules.length + 31) >>> 5);
    mark(chosen, plan.always);
    if (unit.resources.length > 0) mark(chosen, plan.anyResource);
    if (unit.policies.length > 0) mark(chosen, plan.policy);
    for (const type of byType.keys()) {
      const some = plan.byType.get(type);
      if (some) mark(chosen, some);
    }
    for (let w = 0; w < chosen.length; w++) {
      for (let bits = chosen[w]; bits !== 0; ) {
        const low = bits & -bits;
        bits ^= low;
        const i = (w << 5) + 31 - Math.clz32(low);
        runRule(unit, rules[i], byType, shapes.get(rules[i].rule), findings);
      }
    }
    return findings;
  }
  // Indexed loops and no closure in this loop: it turns once per rule and unit (100 k times for the AWS samples),
  // mostly in code not yet optimised, where every iterator and captured variable is an allocation.
  for (let i = 0; i < rules.length; i++) {
    const active = rules[i];
    // A rule that judges only some kinds of file (RuleMeta.formats) does not run on the others.
    const formats = active.rule.meta.formats;
    if (formats && !formats.includes(unit.kind)) continue;
    // Most of hundreds of rules have nothing to visit in a given template: no resource of their types, or no
    // policy document. They are not set up at all.
    const shape = shapes.get(active.rule);
    if (shape && !shape.unit && !(shape.policyDocument && unit.policies.length > 0) && !(shape.resource && (shape.typeList ? anyPresent(shape.typeList, byType) : unit.resources.length > 0))) continue;
    runRule(unit, active, byType, shape, findings);
  }
  return findings;
}

function mark(bits: Uint32Array, indices: number[]): void {
  for (let k = 0; k < indices.length; k++) bits[indices[k] >>> 5] |= 1 << (indices[k] & 31);
}

/**
 * Which rules of a list may visit something in a unit of one kind, by what they visit: indices into the list.
 * Made once every rule of the list has run once (its shape is known); until then each unit goes through every
 * rule. With hundreds of rules and a few resource types per template, most rules are never looked at.
 */
interface Plan {
  /** Rules with a unit visitor: they run on every unit. */
  always: number[];
  /** Rules that visit resources of any type. */
  anyResource: number[];
  policy: number[];
  byType: Map<string, number[]>;
}

const plans = new WeakMap<ActiveRule[], Map<Unit['kind'], Plan>>();

function planOf(rules: ActiveRule[], kind: Unit['kind']): Plan | undefined {
  let byKind = plans.get(rules);
  const known = byKind?.get(kind);
  if (known) return known;
  const plan: Plan = { always: [], anyResource: [], policy: [], byType: new Map() };
  for (let i = 0; i < rules.length; i++) {
    const formats = rules[i].rule.meta.formats;
    if (formats && !formats.includes(kind)) continue;
    const shape = shapes.get(rules[i].rule);
    if (!shape) return undefined;
    if (shape.unit) plan.always.push(i);
    if (shape.policyDocument) plan.policy.push(i);
    if (shape.resource && !shape.typeList) plan.anyResource.push(i);
    if (shape.resource && shape.typeList)
      for (const type of shape.typeList) {
        const some = plan.byType.get(type);
        if (!some) plan.byType.set(type, [i]);
        else if (some[some.length - 1] !== i) some.push(i);
      }
  }
  if (!byKind) plans.set(rules, (byKind = new Map()));
  byKind.set(kind, plan);
  return plan;
}

function anyPresent(types: readonly string[], byType: Map<string, Resource[]>): boolean {
  for (let i = 0; i < types.length; i++) if (byType.has(types[i])) return true;
  return false;
}

/**
 * The scenario of a visit's first run, shared by every context (visits never nest) and kept for the next visit as
 * long as no choice is asked: most visits ask none.
 */
let spareFirst = new Exploring(undefined);

/** What a rule's create() gets: one per rule and unit. Reports of one visit go to `sink`, made by the first. */
class Context implements RuleContext {
  scenario: Scenario = firstBranch;
  sink: ReportDescriptor[] | undefined = undefined;
  /** The visitor and the object of the visit under way, for `run`. */
  private visitor: ((o: never) => void) | undefined = undefined;
  private object: unknown = undefined;
  /** Set once create() has returned them. */
  visitors: RuleVisitors | undefined = undefined;
  /** `run` as a function of the scenario, for exploreAfter(); made for the first visit that asks a choice. */
  private body: ((s: Scenario) => ReportDescriptor[]) | undefined = undefined;
  constructor(
    readonly unit: Unit,
    readonly options: Record<string, unknown>,
    private readonly active: ActiveRule,
    private readonly findings: FileFinding[],
  ) {}
  readonly report = (d: ReportDescriptor): void => void (this.sink ??= []).push(d);

  /** One run of the visit under way, under a scenario. */
  private run(s: Scenario): ReportDescriptor[] {
    this.scenario = s;
    this.sink = undefined;
    this.visitor!.call(this.visitors, this.object as never);
    return this.sink ?? NOTHING;
  }

  /**
   * Visits `object` in `file`: a first run, and the other scenarios only when it asked a choice (explore); the
   * findings go to the run's list. Most visits ask none and report nothing: they allocate nothing.
   */
  visit(file: string, visitor: (o: never) => void, object: unknown): void {
    this.visitor = visitor;
    this.object = object;
    const first = spareFirst;
    const result = this.run(first);
    let runs: Run<ReportDescriptor[]>[];
    let truncated = false;
    if (first.untouched) {
      if (result.length === 0) return;
      runs = [{ result, decisions: first.decisions }];
    } else {
      spareFirst = new Exploring(undefined);
      ({ runs, truncated } = exploreAfter((this.body ??= (s) => this.run(s)), result, first.decisions));
      if (runs.length === 1 && runs[0].result.length === 0) return;
    }
    const merged = mergeRuns(this.unit, this.active, runs, truncated, file);
    for (let i = 0; i < merged.length; i++) this.findings.push(merged[i]);
  }
}

function runRule(unit: Unit, active: ActiveRule, byType: Map<string, Resource[]>, shape: Shape | undefined, findings: FileFinding[]): void {
  const timed = timingEnabled();
  const started = timed ? performance.now() : 0;
  const ctx = new Context(unit, active.options ?? {}, active, findings);
  const visitors = (ctx.visitors = active.rule.create(ctx));
  if (visitors.unit) ctx.visit(unit.file, visitors.unit, unit);
  const types = visitors.resourceTypes;
  if (!shape) shapes.set(active.rule, { unit: !!visitors.unit, policyDocument: !!visitors.policyDocument, resource: !!visitors.resource, ...(types ? { typeList: [...types] } : {}) });
  const resource = visitors.resource;
  if (resource) {
    const all = unit.resources;
    if (!types) for (let i = 0; i < all.length; i++) ctx.visit(all[i].file, resource, all[i]);
    // In the unit's order, as without the hint: findings come out in the same order.
    else if (types.size === 1) {
      const some = byType.get(types.values().next().value as string) ?? [];
      for (let i = 0; i < some.length; i++) ctx.visit(some[i].file, resource, some[i]);
    } else for (let i = 0; i < all.length; i++) if (types.has(all[i].type)) ctx.visit(all[i].file, resource, all[i]);
  }
  const policyDocument = visitors.policyDocument;
  if (policyDocument) for (let i = 0; i < unit.policies.length; i++) ctx.visit(unit.policies[i].file, policyDocument, unit.policies[i]);
  if (timed) addTime(active.rule.meta.id, started);
}

function mergeRuns(unit: Unit, active: ActiveRule, runs: Run<ReportDescriptor[]>[], truncated: boolean, visitedFile: string): FileFinding[] {
  // One scenario with one report, the usual case: nothing to merge, no label.
  if (runs.length === 1 && runs[0].result.length === 1) {
    const d = runs[0].result[0];
    const file = d.file ?? visitedFile;
    return [{ file, finding: toFinding(unit, active, d, file) }];
  }
  const byKey = new Map<string, { file: string; finding: Finding; runs: Set<number> }>();
  runs.forEach((run, i) => {
    for (const d of run.result) {
      const file = d.file ?? visitedFile;
      const finding = toFinding(unit, active, d, file);
      const key = `${file}\u0000${finding.messageId}\u0000${finding.message}\u0000${JSON.stringify(finding.location.path)}\u0000${finding.location.start.line}:${finding.location.start.column}`;
      const entry = byKey.get(key);
      if (entry) entry.runs.add(i);
      else byKey.set(key, { file, finding, runs: new Set([i]) });
    }
  });
  const out: FileFinding[] = [];
  for (const { file, finding, runs: withIt } of byKey.values()) {
    const label = scenarioLabel(runs, withIt);
    out.push({ file, finding: label ? { ...finding, scenario: label + (truncated ? ' (branches not all explored)' : '') } : finding });
  }
  return out;
}

function toFinding(unit: Unit, active: ActiveRule, d: ReportDescriptor, file: string): Finding {
  const meta = active.rule.meta;
  const template = meta.messages[d.messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} reported unknown messageId "${d.messageId}"`);
  const doc = unit.documents.get(file);
  return {
    ruleId: meta.id,
    messageId: d.messageId,
    severity: active.severity,
    message: formatMessage(template, d.data),
    resource: d.resource ?? null,
    location: locateIn(doc, d.path, d.key),
    ...(d.related && d.related.length > 0 ? { related: d.related.map((v) => relatedOf(unit, file, v)) } : {}),
  };
}

function locateIn(doc: SourceDocument | undefined, path: (string | number)[], key?: boolean): Location {
  if (!doc) return { path, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return locate(doc, path, { key: key ?? false });
}

/** A related place names its file when it is not the finding's own. */
function relatedOf(unit: Unit, file: string, v: Via): RelatedLocation {
  const f = v.file ?? file;
  const location: Location = v.range ? { path: v.path, start: v.range.start, end: v.range.end } : locateIn(unit.documents.get(f), v.path);
  return { message: v.message, ...(f !== file ? { file: f } : {}), location };
}
