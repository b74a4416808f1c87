import type { Value } from '../model/value.ts';
import { display } from '../model/value.ts';

/** One principal a statement names: `AWS` `arn:aws:iam::123456789012:root`, `Service` `lambda.amazonaws.com`… */
export interface NamedPrincipal {
  type: string;
  id: string;
}

/**
 * Whom a statement applies to. An identity policy's statements apply to the identity (`self`); `Principal`
 * names some principals or everyone (`*`, `{"AWS": "*"}`); `NotPrincipal` means everyone but the listed ones,
 * which with Allow is everyone in the world bar a few.
 */
export type PrincipalScope = { kind: 'self' } | { kind: 'listed'; principals: NamedPrincipal[] } | { kind: 'anyone'; except: NamedPrincipal[] };

/** The named principals of a Principal or NotPrincipal value; `*` as id for everyone; unknown ones shown as written. */
function named(v: Value): { principals: NamedPrincipal[]; unknown: boolean } {
  if (v.kind === 'scalar') return { principals: [{ type: 'AWS', id: String(v.value) }], unknown: false };
  if (v.kind !== 'object') return { principals: [], unknown: true };
  const principals: NamedPrincipal[] = [];
  let unknown = false;
  for (const [type, ids] of v.entries) {
    for (const item of ids.kind === 'list' ? ids.items : [ids]) {
      if (item.kind === 'scalar') principals.push({ type, id: String(item.value) });
      else {
        unknown = true;
        principals.push({ type, id: display(item) });
      }
    }
  }
  return { principals, unknown };
}

/**
 * The scope of a statement with this Principal / NotPrincipal. A principal only known at deploy time is kept as
 * a named one (it can be an ARN, never the `*` that a reader would need to report "everyone").
 */
export function principalScope(principal: Value | undefined, notPrincipal: Value | undefined): PrincipalScope {
  if (notPrincipal) return { kind: 'anyone', except: named(notPrincipal).principals };
  if (!principal) return { kind: 'self' };
  const { principals } = named(principal);
  if (principals.some((p) => p.id === '*' && (p.type === 'AWS' || p.type === '*'))) return { kind: 'anyone', except: [] };
  return { kind: 'listed', principals };
}
