import type { Value } from '../model/value.ts';
import type { ConditionEntry } from './condition-entries.ts';
import { conditionEntries, entryValues, matchesWildcards, requiresMatch } from './condition-entries.ts';
import type { Truth } from './narrowing-condition.ts';
import { valuesNarrow } from './narrowing-condition.ts';

/**
 * Whether a cross-account trust statement guards against the confused deputy: it requires an sts:ExternalId
 * (a third party's per-customer value, not empty and not a bare wildcard), or multi-factor authentication (a
 * person of the other account, not a service acting for many customers), or membership of your organisation
 * (then the other account is yours, not a third party's).
 */
export function guardsThirdParty(condition: Value | undefined): Truth {
  const c = conditionEntries(condition);
  let result: Truth = c.unknown ? 'unknown' : false;
  for (const e of c.entries) {
    if (!requiresMatch(e)) continue;
    const t = guards(e);
    if (t === true) return true;
    if (t === 'unknown') result = 'unknown';
  }
  return result;
}

function guards(e: ConditionEntry): Truth {
  const key = e.key.toLowerCase();
  if (key === 'sts:externalid') return allValues(e, (v) => (v.kind === 'unknown' ? 'unknown' : v.kind === 'scalar' && String(v.value) !== '' && !(matchesWildcards(e) && /^[*?]+$/.test(String(v.value)))));
  if (key === 'aws:multifactorauthpresent') return e.base === 'Bool' && allValues(e, (v) => (v.kind === 'unknown' ? 'unknown' : v.kind === 'scalar' && String(v.value).toLowerCase() === 'true'));
  if (key === 'aws:multifactorauthage') return /^NumericLessThan/.test(e.base);
  if (key === 'aws:principalorgid' || key === 'aws:principalorgpaths') return valuesNarrow(e);
  return false;
}

function allValues(e: ConditionEntry, test: (v: Value) => Truth): Truth {
  let result: Truth = true;
  for (const v of entryValues(e)) {
    const t = test(v);
    if (t === false) return false;
    if (t === 'unknown') result = 'unknown';
  }
  return result;
}
