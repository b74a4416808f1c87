import type { Value } from '../model/value.ts';

/** Whether a `sub` pattern can match a token of a repository of another owner. */
export type SubjectReach = 'pinned' | 'open' | 'unknown';

const IDENTITY_CLAIM = /^(repo|repository|repository_owner|repository_owner_id|repository_id):/;

/**
 * Subjects GitHub issues are the claims a repository owner chose, joined by colons: `repo:<owner>/<repo>:<context>`
 * by default. Anyone can create a repository, branch, environment or workflow with any name, and choose their
 * own claim list, so only an owner or repository claim that comes first and is fixed up to its end
 * (`repo:octo-org/`, `repository_owner_id:123:`) keeps other people's workflows out. A pattern whose literal
 * start does not pin the owner (`*`, `repo:*`, `repo:octo-org*`, `workflow:deploy:repo:octo-org/app`, whose
 * workflow name anyone can choose) is open. An exact value (StringEquals, where `*` and `?` are literal) that
 * starts with an identity claim but does not pin an owner (`repo:*`) matches no token GitHub issues, so it is
 * not open either. A deploy-time part stops the reading like a wildcard, but leaves the answer unknown.
 */
export function subjectReach(v: Value, wildcards: boolean): SubjectReach {
  if (v.kind !== 'scalar' && !(v.kind === 'unknown' && v.parts)) return v.kind === 'unknown' ? 'unknown' : 'open';
  const parts = v.kind === 'scalar' ? [String(v.value)] : v.parts!;
  let prefix = '';
  let stop: 'wildcard' | 'unknown' | 'end' = 'end';
  for (const p of parts) {
    if (typeof p !== 'string') {
      stop = 'unknown';
      break;
    }
    const at = wildcards ? p.search(/[*?]/) : -1;
    if (at >= 0) {
      prefix += p.slice(0, at);
      stop = 'wildcard';
      break;
    }
    prefix += p;
  }
  if (pinsOwner(prefix, stop === 'end')) return 'pinned';
  if (stop === 'end' && (IDENTITY_CLAIM.test(prefix) || !prefix.includes(':'))) return 'pinned';
  return stop === 'unknown' ? 'unknown' : 'open';
}

function pinsOwner(prefix: string, whole: boolean): boolean {
  if (/^(repo|repository):[^:/]+\//.test(prefix)) return true;
  return new RegExp(`^(repository_owner|repository_owner_id|repository_id):[^:]+${whole ? '(:|$)' : ':'}`).test(prefix);
}
