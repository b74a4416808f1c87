import type { PolicyDocument, Unit } from '../model/model.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Value } from '../model/value.ts';
import { field } from '../model/value.ts';

/** Identities whose inline policies share one size quota. */
export const INLINE_HOLDERS: Record<string, 'role' | 'user' | 'group'> = {
  'AWS::IAM::Role': 'role',
  'AWS::IAM::User': 'user',
  'AWS::IAM::Group': 'group',
};

/** Policy resources that add an inline policy to identities named by these properties. */
const ATTACHING: Record<string, string[]> = {
  'AWS::IAM::Policy': ['Roles', 'Users', 'Groups'],
  'AWS::IAM::RolePolicy': ['RoleName'],
  'AWS::IAM::UserPolicy': ['UserName'],
  'AWS::IAM::GroupPolicy': ['GroupName'],
};

/**
 * The roles, users and groups of the template that hold a policy document inline: the owner of its `Policies`,
 * or the identities an AWS::IAM::Policy (RolePolicy...) names with a `Ref`. Identities named by a literal name
 * may live outside the template and are left out.
 */
export function inlinePolicyOwners(d: PolicyDocument, unit: Unit, s: Scenario): string[] {
  const owner = d.owner;
  if (!owner || d.kind !== 'identity') return [];
  if (INLINE_HOLDERS[owner.type]) return [owner.id];
  const props = ATTACHING[owner.type]?.map((p) => field(owner.properties(s), p));
  if (!props) return [];
  const refs = props.flatMap((v): Value[] => (v?.kind === 'list' ? v.items : v ? [v] : []));
  return refs.flatMap((v) => {
    const id = v.kind === 'unknown' ? /^Ref (\S+)$/.exec(v.symbol)?.[1] : undefined;
    const target = id ? unit.resources.find((r) => r.id === id) : undefined;
    return target && INLINE_HOLDERS[target.type] ? [target.id] : [];
  });
}
