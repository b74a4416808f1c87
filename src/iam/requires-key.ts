import type { ConditionEntries } from './condition-entries.ts';
import { entriesFor, entryValues, matchesWildcards, requiresMatch } from './condition-entries.ts';
import type { Truth } from './narrowing-condition.ts';

/**
 * Whether the condition requires `key` to match something specific: a positive test whose values are neither
 * empty nor a bare wildcard. Deploy-time values count as specific; an unknown block leaves it unknown.
 */
export function requiresKey(c: ConditionEntries, key: string): Truth {
  for (const e of entriesFor(c, key)) {
    if (!requiresMatch(e)) continue;
    const open = entryValues(e).some((v) => v.kind === 'scalar' && (String(v.value) === '' || (matchesWildcards(e) && /^[*?]+$/.test(String(v.value)))));
    if (!open) return true;
  }
  return c.unknown ? 'unknown' : false;
}
