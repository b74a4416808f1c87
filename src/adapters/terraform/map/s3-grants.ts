import type { Value } from '../../../model/value.ts';
import { field } from '../../../model/value.ts';
import type { Convert } from './convert.ts';
import { blockItems, placeOf, scalar } from './values.ts';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
/** WRITE_ACP lets the grantee rewrite the ACL and so take FULL_CONTROL: it opens as much as WRITE. */
const WRITES = new Set(['WRITE', 'WRITE_ACP', 'FULL_CONTROL']);

/**
 * CloudFormation gives a bucket its ACL only as a canned one (AccessControl); Terraform also writes explicit grants,
 * in `grant` blocks of aws_s3_bucket (provider 3) or `access_control_policy.grant` of aws_s3_bucket_acl. The grants
 * become the canned ACL that opens the same to everyone, standing at the grant that does: write to all users is
 * PublicReadWrite, read (or reading the ACL) PublicRead, read by any AWS account AuthenticatedRead. Grants to
 * accounts, users and the log delivery group open nothing to the public and read as Private.
 */
export const grantsAsCannedAcl: Convert = (v) => {
  const grants = grantItems(v);
  if (!Array.isArray(grants)) return grants;
  let worst: { rank: number; acl: string; at: Value } | undefined;
  for (const g of grants) {
    if (g.kind === 'unknown') return g;
    const grantee = blockItems(field(g, 'grantee'));
    const who = Array.isArray(grantee) ? grantee[0] : grantee === undefined ? g : grantee;
    if (who?.kind === 'unknown') return who;
    const uri = field(who, 'uri');
    if (uri?.kind === 'unknown') return uri;
    const group = uri?.kind === 'scalar' ? String(uri.value) : '';
    if (group !== ALL_USERS && group !== AUTHENTICATED_USERS) continue;
    for (const p of permissionsOf(g)) {
      if (p.kind === 'unknown') return p;
      if (p.kind !== 'scalar') continue;
      const write = WRITES.has(String(p.value).toUpperCase());
      const acl = write ? 'PublicReadWrite' : group === ALL_USERS ? 'PublicRead' : 'AuthenticatedRead';
      const rank = write ? 3 : group === ALL_USERS ? 2 : 1;
      if (!worst || rank > worst.rank) worst = { rank, acl, at: p };
    }
  }
  return worst ? scalar(worst.acl, placeOf(worst.at)) : scalar('Private', placeOf(v));
};

/** The grants of an `access_control_policy` block, or the `grant` blocks themselves. */
function grantItems(v: Value): Value[] | Value {
  const items = blockItems(v);
  if (!Array.isArray(items)) return items ?? v;
  const policy = items.length === 1 ? field(items[0], 'grant') : undefined;
  if (policy === undefined) return items;
  const grants = blockItems(policy);
  return grants ?? [];
}

/** `permission` of a provider 4 grant, `permissions` (a set) of a provider 3 one. */
function permissionsOf(g: Value): Value[] {
  const one = field(g, 'permission');
  if (one !== undefined) return [one];
  const many = field(g, 'permissions');
  if (many === undefined) return [];
  return many.kind === 'list' ? many.items : [many];
}
