import type { CatalogAction } from './catalog.ts';
import { globToRegExp } from './action-pattern.ts';
import type { Truth } from './narrowing-condition.ts';
import { valuesNarrow } from './narrowing-condition.ts';
import { conditionEntries } from './condition-entries.ts';
import { publicPrincipal } from './public-principal.ts';
import type { StatementView } from './statement.ts';
import { actionsOf } from './statement-actions.ts';

const NEGATED = /^(StringNot|ArnNot|NotIpAddress)/;

/**
 * The actions of an Allow that Deny statements of the same document take away from everyone outside known
 * callers: a Deny for everyone (`Principal: "*"`) unless the request comes from a VPC endpoint, a network, an
 * account or an organisation, as private API Gateway APIs and VPC-only buckets are written. Such a Deny narrows
 * the Allow as a condition on it would. A fence that depends on deploy-time values counts as one: no finding is
 * made from what is not known.
 */
export function fencedActions(allow: StatementView, statements: readonly StatementView[], services?: ReadonlySet<string>): Set<string> {
  const fenced = new Set<string>();
  for (const deny of statements) {
    if (deny.effect !== 'Deny' || publicPrincipal(deny)?.via !== 'principal') continue;
    if (fencesEveryoneElse(deny) === false || !coversResources(deny, allow)) continue;
    for (const a of actionsOf(deny, services)) fenced.add(key(a));
  }
  return fenced;
}

export const key = (a: CatalogAction) => a.id;

/** Every test of the Deny's condition is a negated test on a narrowing key: it denies all but known callers. */
function fencesEveryoneElse(deny: StatementView): Truth {
  const c = conditionEntries(deny.condition);
  if (c.unknown) return 'unknown';
  if (c.entries.length === 0) return false;
  let result: Truth = true;
  for (const e of c.entries) {
    if (!NEGATED.test(e.base)) return false;
    const t = valuesNarrow(e);
    if (t === false) return false;
    if (t === 'unknown') result = 'unknown';
  }
  return result;
}

/** The Deny's resources match every resource of the Allow (patterns compared as written). */
function coversResources(deny: StatementView, allow: StatementView): boolean {
  if (deny.notResource) return false;
  if (!deny.resource) return true;
  const patterns = deny.resource.items.map((e) => (e.pattern === null ? null : globToRegExp(e.pattern)));
  if (patterns.some((p) => p === null)) return true;
  const targets = allow.resource?.items ?? [];
  if (targets.length === 0) return patterns.some((p) => p!.test('*'));
  return targets.every((t) => t.pattern === null || patterns.some((p) => p!.test(t.pattern!)));
}
