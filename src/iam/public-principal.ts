import type { Value } from '../model/value.ts';
import { display } from '../model/value.ts';
import type { StatementView } from './statement.ts';

/** How a statement reaches everyone, and the value at fault (where a finding points). */
export interface PublicGrant {
  via: 'principal' | 'notPrincipal';
  value: Value;
  /** For messages: `"*"`, `{"AWS": "*"}`. */
  text: string;
}

/**
 * Whether a statement names everyone: Principal `"*"`, or `"*"` among its AWS principals (any account, and for
 * most services anonymous callers too); or NotPrincipal, which with Allow means everyone but those listed,
 * whatever the list holds. Undefined when it names specific principals or cannot be known before deploy time.
 */
export function publicPrincipal(st: StatementView): PublicGrant | undefined {
  if (st.notPrincipal) return { via: 'notPrincipal', value: st.notPrincipal, text: `NotPrincipal ${shown(st.notPrincipal)}` };
  const p = st.principal;
  if (p?.kind === 'scalar' && p.value === '*') return { via: 'principal', value: p, text: '"*"' };
  if (p?.kind !== 'object') return undefined;
  const aws = p.entries.get('AWS');
  if (!aws) return undefined;
  const star = (aws.kind === 'list' ? aws.items : [aws]).find((v) => v.kind === 'scalar' && v.value === '*');
  return star ? { via: 'principal', value: star, text: '{"AWS": "*"}' } : undefined;
}

function shown(v: Value): string {
  const text = display(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
