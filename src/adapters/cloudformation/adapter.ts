import type { Path } from '../../core/range.ts';
import type { SourceDocument } from '../../parse/document.ts';
import type { MapEntry, Node } from '../../parse/node.ts';
import { get, nodeAt } from '../../parse/node.ts';
import type { PolicyDocument, Resource, Unit } from '../../model/model.ts';
import { memoByScenario } from '../../model/memo-by-scenario.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { parseEmbeddedJson } from '../iam/embedded-json.ts';
import { lambdaPermissionDocument } from './lambda-permission.ts';
import { POLICY_LOCATIONS } from './policy-locations.ts';
import { referencedNames } from './references.ts';
import { ABSENT, conditionChoice, resolve } from './resolve.ts';
import { withSamGlobals } from './sam-globals.ts';
import { samImplicitApis } from './sam-implicit-apis.ts';
import type { Template } from './template.ts';
import { readTemplate } from './template.ts';

export interface CloudFormationOptions {
  /** Values for template parameters, from config; they win over defaults. */
  parameters?: Record<string, unknown>;
}

/** Adapts a parsed CloudFormation template (SAM included) into a unit of the model. */
export function adaptCloudFormation(doc: SourceDocument, opts: CloudFormationOptions = {}): Unit {
  const unit: Unit = { kind: 'cloudformation', file: doc.file, documents: new Map([[doc.file, doc]]), resources: [], policies: [] };
  const t = readTemplate(doc, opts.parameters);
  if (!t?.resources) return unit;
  for (const entry of t.resources.entries) {
    const resource = adaptResource(t, entry);
    if (!resource) continue;
    unit.resources.push(resource);
    unit.policies.push(...embeddedPolicies(t, resource, get(entry.value, 'Properties')));
  }
  unit.resources.push(...samImplicitApis(t));
  return unit;
}

function adaptResource(t: Template, entry: MapEntry): Resource | undefined {
  const type = get(entry.value, 'Type');
  if (type?.kind !== 'scalar' || typeof type.value !== 'string') return undefined;
  return new TemplateResource(t, entry, type.value);
}

/**
 * A resource of a template. A class rather than an object literal with a `references` getter: a getter written in
 * a literal is a new closure for every resource, so every resource gets a map of its own, and V8's maps (kept in
 * old space) then hold each template's parse tree through the getter's closure. The scavenger counts such old-to-new
 * pointers as live, so every template read in a run was copied and promoted, and collected only at the end: scavenges
 * took most of the adapter's time (the AWS samples: heap 6 MB -> 39 MB over a run without rules).
 */
class TemplateResource implements Resource {
  readonly provider = 'cloudformation' as const;
  readonly id: string;
  readonly file: string;
  readonly path: Path;
  readonly propertiesPath: Path;
  readonly condition?: string;
  readonly properties: (s: Scenario) => Value | undefined;
  // Computed when a rule first asks (a walk of the whole resource): most runs need it for few resources.
  #references: Set<string> | undefined;
  readonly #t: Template;
  readonly #entry: MapEntry;

  constructor(
    t: Template,
    entry: MapEntry,
    readonly type: string,
  ) {
    this.#t = t;
    this.#entry = entry;
    this.id = entry.key;
    this.file = t.doc.file;
    this.path = ['Resources', entry.key];
    const propsNode = get(entry.value, 'Properties');
    this.propertiesPath = propsNode ? [...this.path, 'Properties'] : this.path;
    const conditionNode = get(entry.value, 'Condition');
    const condition = conditionNode?.kind === 'scalar' ? String(conditionNode.value) : undefined;
    if (condition !== undefined) this.condition = condition;
    const propertiesPath = this.propertiesPath;
    this.properties = memoByScenario((s) => {
      const sc = condition !== undefined ? holding(condition, s) : s;
      if (!propsNode) return withSamGlobals(t, type, { kind: 'object', entries: new Map(), path: propertiesPath }, sc);
      const v = resolve(t, propsNode, propertiesPath, sc);
      return withSamGlobals(t, type, v === ABSENT ? undefined : v, sc);
    });
  }

  get references(): Set<string> {
    const entry = this.#entry;
    const t = this.#t;
    return (this.#references ??= new Set([...referencedNames(entry.value)].filter((n) => n !== entry.key && t.resourceIds.has(n))));
  }
}

/**
 * A resource created only when its condition holds is never read with that condition false: an Fn::If on it
 * inside the resource takes its first branch, and no finding is said to hold "when it is false".
 */
function holding(condition: string, s: Scenario): Scenario {
  const id = conditionChoice(condition);
  return { choose: (choice, labels) => (choice === id ? 0 : s.choose(choice, labels)) };
}

function embeddedPolicies(t: Template, r: Resource, propsNode: Node | undefined): PolicyDocument[] {
  const out: PolicyDocument[] = [];
  if (r.type === 'AWS::Lambda::Permission') {
    out.push({ kind: 'resource', owner: r, name: `${r.id} (Lambda permission)`, file: r.file, path: r.propertiesPath, document: memoByScenario((s) => lambdaPermissionDocument(r.properties(s), r.propertiesPath)) });
  }
  for (const loc of POLICY_LOCATIONS[r.type] ?? []) {
    for (const path of expand(propsNode, loc.path, [...r.path, 'Properties'])) {
      if (loc.statementsOnly && !get(nodeAt(propsNode, path.slice(r.path.length + 1)), 'Statement')) continue;
      const rel = path.slice(r.path.length + 1).filter((k, i, all) => k !== 'Fn::If' && all[i - 1] !== 'Fn::If');
      out.push({
        kind: loc.kind,
        owner: r,
        name: `${r.id}.${rel.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('.').replace(/\.\[/g, '[')}`,
        file: r.file,
        path,
        document: memoByScenario((s) => documentAt(r, path, s)),
      });
    }
  }
  return out;
}

/**
 * The document written at `path` in the resource's properties, parsed when it is a JSON string; undefined when
 * the scenario leaves it out (the other branch of an Fn::If, an item removed by AWS::NoValue).
 */
function documentAt(r: Resource, path: Path, s: Scenario): Value | undefined {
  let v = r.properties(s);
  for (let i = r.propertiesPath.length; i < path.length && v; i++) {
    const k = path[i];
    if (k === 'Fn::If') {
      if (v.path[i] !== k || v.path[i + 1] !== path[i + 1]) return undefined;
      i++;
    } else if (typeof k === 'number') {
      // Items removed by AWS::NoValue shift the others: an item is found by where it was written.
      v = v.kind === 'list' ? v.items.find((item) => item.path[i] === k) : undefined;
    } else v = v.kind === 'object' ? v.entries.get(k) : undefined;
  }
  if (v?.kind === 'scalar' && typeof v.value === 'string') return parseEmbeddedJson(v);
  return v;
}

/**
 * Concrete document paths of a location pattern, following `*` over the items of a list node, and both branches
 * of an Fn::If that stands where the pattern goes on (a policy added to a role only in some environments).
 */
function expand(node: Node | undefined, pattern: string[], base: Path): Path[] {
  if (!node) return [];
  if (pattern.length === 0) return [base];
  const branches = ifBranches(node);
  if (branches) return branches.flatMap((b, i) => expand(b, pattern, [...base, 'Fn::If', i + 1]));
  const [head, ...rest] = pattern;
  if (head === '*') {
    if (node.kind !== 'seq') return [];
    return node.items.flatMap((item, i) => expand(item, rest, [...base, i]));
  }
  return expand(get(node, head), rest, [...base, head]);
}

function ifBranches(node: Node): Node[] | undefined {
  if (node.kind !== 'map' || node.entries.length !== 1 || node.entries[0].key !== 'Fn::If') return undefined;
  const arg = node.entries[0].value;
  return arg.kind === 'seq' && arg.items.length === 3 ? arg.items.slice(1) : undefined;
}
