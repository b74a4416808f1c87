import type { PolicyDocument, Resource, Unit } from '../model/model.ts';
import { memoByScenario } from '../model/memo-by-scenario.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Value } from '../model/value.ts';
import { field } from '../model/value.ts';
import { GROUP, POLICY, ROLE, USER } from './arn-classes.ts';
import { AWS_MANAGED_POLICIES, awsManagedPolicyName } from './aws-managed-policies.ts';
import type { Clause } from './clause.ts';
import { clausesOf } from './clause.ts';
import type { Permissions } from './grants.ts';
import { jsonValue } from './json-value.ts';
import { UnitMemo } from '../model/unit-memo.ts';

export type PrincipalKind = 'role' | 'user' | 'group' | 'policy';

/**
 * An identity and everything that applies to it in one unit. A document that applies to no identity of the
 * unit (a standalone policy file, a managed policy attached elsewhere) is a principal of its own, kind `policy`.
 */
export interface Principal {
  kind: PrincipalKind;
  /** Logical id, or the document's name for a document on its own. */
  name: string;
  /** The resource findings point at: the identity, or the resource that holds the document; null for a file. */
  resource: Resource | null;
  file: string;
  permissions: Permissions;
  /** Its permissions boundary is only known at deploy time: it may allow nothing, so nothing is reported. */
  boundaryUnknown: boolean;
  /** The documents of the unit that apply to it. */
  documents: Set<PolicyDocument>;
}

const KINDS: Record<string, PrincipalKind> = { 'AWS::IAM::Role': 'role', 'AWS::IAM::User': 'user', 'AWS::IAM::Group': 'group' };
const NAME_PROPERTY: Record<string, string> = { role: 'RoleName', user: 'UserName', group: 'GroupName' };
const CLASS: Record<string, string> = { role: ROLE, user: USER, group: GROUP };
/** Attachment resources and the property that names the identity, with the kind it names. */
const SINGLE_TARGET: Record<string, [string, PrincipalKind]> = {
  'AWS::IAM::RolePolicy': ['RoleName', 'role'],
  'AWS::IAM::UserPolicy': ['UserName', 'user'],
  'AWS::IAM::GroupPolicy': ['GroupName', 'group'],
};
const LIST_TARGETS: [string, PrincipalKind][] = [
  ['Roles', 'role'],
  ['Users', 'user'],
  ['Groups', 'group'],
];

const items = (v: Value | undefined): Value[] => (v?.kind === 'list' ? v.items : v ? [v] : []);
const text = (v: Value | undefined): string | undefined => (v?.kind === 'scalar' && typeof v.value === 'string' ? v.value : undefined);

/** Symbols and known text of a value: a `Ref`, a `Fn::Sub` with references, or a string. */
function symbolsOf(v: Value): string[] {
  if (v.kind !== 'unknown') return [];
  return [v.symbol, ...(v.parts ?? []).flatMap((p) => (typeof p === 'string' ? [] : [p.symbol]))];
}

/** The value as a pattern: known text, or the text with `*` for parts only known at deploy time. */
function patternOf(v: Value): string | undefined {
  if (v.kind === 'scalar') return String(v.value);
  if (v.kind === 'unknown' && v.parts) return v.parts.map((p) => (typeof p === 'string' ? p : '*')).join('');
  return undefined;
}

interface Identity {
  resource: Resource;
  kind: PrincipalKind;
  /** Its physical name when the template gives it. */
  name?: string;
  props?: Value;
}

/** Whether a value names the identity: a `Ref` to it (which gives its name) or its literal name. */
function names(v: Value, id: Identity): boolean {
  if (v.kind === 'unknown') return v.symbol === `Ref ${id.resource.id}`;
  return id.name !== undefined && text(v) === id.name;
}

/** A direct source of permissions: a document of the template or an AWS managed policy named by ARN. */
interface Source {
  key: PolicyDocument | string;
  clauses: Clause[];
  /** Template ManagedPolicy resources among the sources: a grant on them is a grant on oneself. */
  managedPolicyId?: string;
}

/** Each identity of the unit with its effective permissions, and each document that applies to none. */
export function principalsOf(unit: Unit, s: Scenario): Principal[] {
  // clausesOf keeps each document's clauses (its value is the same object for a scenario)
  const docClauses = (d: PolicyDocument) => clausesOf(d.document(s), d.owner ? d.name : '', d.file);
  const identities: Identity[] = unit.resources.flatMap((r) => {
    const kind = KINDS[r.type];
    if (!kind) return [];
    const props = r.properties(s);
    const name = text(field(props, NAME_PROPERTY[kind]));
    return [{ resource: r, kind, ...(name ? { name } : {}), ...(props ? { props } : {}) }];
  });
  const byId = new Map(identities.map((i) => [i.resource.id, i]));
  const sources = new Map<Identity, Source[]>(identities.map((i) => [i, []]));
  const attach = (i: Identity, src: Source) => {
    const list = sources.get(i)!;
    if (!list.some((x) => x.key === src.key)) list.push(src);
  };

  const identityDocs = unit.policies.filter((d) => d.kind === 'identity');
  const managedPolicies = new Map<string, PolicyDocument>();
  for (const d of identityDocs) if (d.owner?.type === 'AWS::IAM::ManagedPolicy') managedPolicies.set(d.owner.id, d);
  const orphans: PolicyDocument[] = [];
  for (const d of identityDocs) {
    const targets = d.owner ? targetsOf(d, d.owner, identities, s) : [];
    if (d.owner?.type === 'AWS::IAM::ManagedPolicy') {
      for (const i of identities) if (items(field(i.props, 'ManagedPolicyArns')).some((v) => refersToManagedPolicy(v, d.owner!, s))) targets.push(i);
    }
    const src: Source = { key: d, clauses: docClauses(d), ...(d.owner?.type === 'AWS::IAM::ManagedPolicy' ? { managedPolicyId: d.owner.id } : {}) };
    if (targets.length === 0) orphans.push(d);
    for (const t of targets) attach(t, src);
  }
  for (const i of identities) {
    for (const v of items(field(i.props, 'ManagedPolicyArns'))) {
      const managed = awsManagedSource(v);
      if (managed) attach(i, managed);
    }
  }

  const groupsOf = new Map<Identity, Identity[]>();
  const addMember = (user: Identity, group: Identity) => {
    const list = groupsOf.get(user) ?? [];
    if (!list.includes(group)) list.push(group);
    groupsOf.set(user, list);
  };
  const groups = identities.filter((i) => i.kind === 'group');
  for (const u of identities.filter((i) => i.kind === 'user')) {
    for (const v of items(field(u.props, 'Groups'))) for (const g of groups) if (names(v, g)) addMember(u, g);
  }
  for (const r of unit.resources.filter((x) => x.type === 'AWS::IAM::UserToGroupAddition')) {
    const props = r.properties(s);
    const group = groups.find((g) => items(field(props, 'GroupName')).some((v) => names(v, g)));
    if (!group) continue;
    for (const v of items(field(props, 'Users'))) for (const u of identities) if (u.kind === 'user' && names(v, u)) addMember(u, group);
  }

  const out: Principal[] = [];
  for (const i of identities) {
    const memberOf = groupsOf.get(i) ?? [];
    const all = [...sources.get(i)!, ...memberOf.flatMap((g) => sources.get(g)!)];
    const own = new Map<string, string>([[i.resource.id, CLASS[i.kind]]]);
    for (const g of memberOf) own.set(g.resource.id, GROUP);
    for (const src of all) if (src.managedPolicyId) own.set(src.managedPolicyId, POLICY);
    const boundary = boundaryOf(i, managedPolicies, docClauses, s);
    out.push({
      kind: i.kind,
      name: i.resource.id,
      resource: i.resource,
      file: i.resource.file,
      permissions: { clauses: dedupe(all.flatMap((x) => x.clauses)), own, ...(Array.isArray(boundary) ? { boundary } : {}) },
      boundaryUnknown: boundary === 'unknown',
      documents: new Set(all.flatMap((x) => (typeof x.key === 'string' ? [] : [x.key]))),
    });
  }
  for (const d of orphans.concat(identityDocs.filter((d) => !d.owner))) {
    out.push({ kind: 'policy', name: d.owner?.id ?? d.name, resource: d.owner, file: d.file, permissions: { clauses: docClauses(d) }, boundaryUnknown: false, documents: new Set([d]) });
  }
  return out;
}

function dedupe(clauses: Clause[]): Clause[] {
  return [...new Set(clauses)];
}

/** The identities an attached document applies to: inline, `AWS::IAM::Policy`, `RolePolicy`, `ManagedPolicy`… */
function targetsOf(d: PolicyDocument, owner: Resource, identities: Identity[], s: Scenario): Identity[] {
  // Identity documents held by an identity are its inline policies, wherever the source keeps them.
  const self = identities.find((i) => i.resource === owner);
  if (self) return [self];
  const props = owner.properties(s);
  const single = SINGLE_TARGET[owner.type];
  if (single) {
    const [prop, kind] = single;
    return identities.filter((i) => i.kind === kind && items(field(props, prop)).some((v) => names(v, i)));
  }
  if (owner.type !== 'AWS::IAM::Policy' && owner.type !== 'AWS::IAM::ManagedPolicy') return [];
  return LIST_TARGETS.flatMap(([prop, kind]) => identities.filter((i) => i.kind === kind && items(field(props, prop)).some((v) => names(v, i))));
}

/** Whether an item of ManagedPolicyArns names the template's managed policy: `!Ref` it, or its ARN by name. */
function refersToManagedPolicy(v: Value, mp: Resource, s: Scenario): boolean {
  if (symbolsOf(v).includes(`Ref ${mp.id}`)) return true;
  const props = mp.properties(s);
  const name = text(field(props, 'ManagedPolicyName'));
  const pattern = patternOf(v);
  if (!name || !pattern) return false;
  const path = text(field(props, 'Path')) ?? '/';
  return pattern.endsWith(`:policy${path}${name}`);
}

function awsManagedSource(v: Value): Source | undefined {
  const pattern = patternOf(v);
  const name = pattern ? awsManagedPolicyName(pattern) : undefined;
  if (!name) return undefined;
  return { key: `aws-managed:${name}`, clauses: clausesOf(jsonValue({ Statement: AWS_MANAGED_POLICIES[name] }, v.path, v.file), `AWS managed policy ${name}`, v.file, v.path) };
}

/** The permissions boundary's statements; undefined without one, `unknown` when it cannot be read. */
function boundaryOf(i: Identity, managed: Map<string, PolicyDocument>, docClauses: (d: PolicyDocument) => Clause[], s: Scenario): Clause[] | 'unknown' | undefined {
  const v = field(i.props, 'PermissionsBoundary');
  if (!v) return undefined;
  for (const d of managed.values()) if (refersToManagedPolicy(v, d.owner!, s)) return docClauses(d);
  return awsManagedSource(v)?.clauses ?? 'unknown';
}

const cache = new UnitMemo<Unit, (s: Scenario) => Principal[]>();

/** principalsOf, computed once per unit and scenario for all the rules that ask. */
export function unitPrincipals(unit: Unit, s: Scenario): Principal[] {
  let f = cache.get(unit);
  if (!f) {
    f = memoByScenario((sc) => principalsOf(unit, sc));
    cache.set(unit, f);
  }
  return f(s);
}
