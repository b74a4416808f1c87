import type { PolicyDocument, Resource, Unit } from '../model/model.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Value } from '../model/value.ts';
import { field } from '../model/value.ts';

export interface RolePolicies {
  /** Identity documents of the template that apply to the role. */
  documents: PolicyDocument[];
  /** AWS managed policies attached by ARN, by name (`AdministratorAccess`), with the value that names them. */
  awsManaged: { name: string; value: Value }[];
}

const items = (v: Value | undefined): Value[] => (v?.kind === 'list' ? v.items : v ? [v] : []);

/**
 * The policies that apply to a role within its template: its inline Policies, AWS::IAM::Policy, ManagedPolicy and
 * RolePolicy resources that name it (by `Ref` or by its RoleName), template managed policies in its
 * ManagedPolicyArns, and AWS managed policies named there by ARN.
 */
export function rolePolicies(role: Resource, unit: Unit, s: Scenario): RolePolicies {
  const props = role.properties(s);
  const roleName = field(props, 'RoleName');
  const names = (v: Value) =>
    (v.kind === 'unknown' && !v.parts && v.symbol === `Ref ${role.id}`) || (roleName?.kind === 'scalar' && v.kind === 'scalar' && v.value === roleName.value);
  const arns = items(field(props, 'ManagedPolicyArns'));
  const documents = unit.policies.filter((d) => {
    if (d.kind !== 'identity' || !d.owner) return false;
    if (d.owner === role) return true;
    const owner = d.owner.properties(s);
    if (d.owner.type === 'AWS::IAM::RolePolicy') return items(field(owner, 'RoleName')).some(names);
    if (d.owner.type !== 'AWS::IAM::Policy' && d.owner.type !== 'AWS::IAM::ManagedPolicy') return false;
    if (items(field(owner, 'Roles')).some(names)) return true;
    return d.owner.type === 'AWS::IAM::ManagedPolicy' && arns.some((v) => v.kind === 'unknown' && v.symbol === `Ref ${d.owner!.id}`);
  });
  const awsManaged = arns.flatMap((value) => {
    const text = value.kind === 'scalar' ? String(value.value) : value.kind === 'unknown' && value.parts ? value.parts.map((p) => (typeof p === 'string' ? p : '*')).join('') : '';
    const name = /:iam::aws:policy\/(?:[^*]*\/)?([\w+=,.@-]+)$/.exec(text)?.[1];
    return name ? [{ name, value }] : [];
  });
  return { documents, awsManaged };
}
