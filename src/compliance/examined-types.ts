import { loadBuiltinPolicies } from '../policies/builtin.ts';
import { loadPolicyDir } from '../policies/load.ts';
import type { PolicySource } from '../policies/types.ts';

/**
 * The resource types each declarative policy looks at, by rule id: the types its selectors name, and the owners
 * of the policy documents it selects when it names them. A control passes only when its rules looked at every
 * type of it present, so that a bucket is not reported as compliant because a rule about trails found nothing.
 * A rule absent from the map may look at anything: TypeScript rules, plugins' policies, and policies on policy
 * documents of any owner (standalone files included).
 */
export function examinedTypes(userPolicyDirs: string[]): Map<string, Set<string>> {
  const sources: PolicySource[] = [...loadBuiltinPolicies().policies];
  for (const dir of userPolicyDirs) {
    // The registry was built from the same folders and has reported any problem with them already.
    try {
      sources.push(...loadPolicyDir(dir).policies);
    } catch {
      continue;
    }
  }
  const out = new Map<string, Set<string>>();
  for (const { spec } of sources) {
    if (spec.given.some((g) => g.policies && !g.policies.ownerTypes)) continue;
    out.set(spec.id, new Set(spec.given.flatMap((g) => [...(g.resources ?? []), ...(g.policies?.ownerTypes ?? [])])));
  }
  return out;
}
