import type { Unit } from '../model/model.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Value } from '../model/value.ts';
import { field } from '../model/value.ts';
import { referencedResource } from './referenced-resource.ts';
import { elementsOf } from './statement.ts';
import type { StatementView } from './statement.ts';

export type ProviderKind = 'github' | 'cognito' | 'saml' | 'oidc';

export interface FederatedPrincipal {
  kind: ProviderKind;
  /** The OIDC issuer (`token.actions.githubusercontent.com`), which prefixes its condition keys. */
  issuer?: string;
  value: Value;
}

const GITHUB = 'token.actions.githubusercontent.com';

/**
 * The identity providers a statement's `Federated` principal names: written as an ARN or a provider name, or as
 * a reference to an AWS::IAM::OIDCProvider / SAMLProvider of the same template (read for its Url). Principals
 * that cannot be told before deploy time are left out.
 */
export function federatedPrincipals(st: StatementView, unit: Unit, s: Scenario): FederatedPrincipal[] {
  const federated = field(st.principal, 'Federated');
  const out: FederatedPrincipal[] = [];
  for (const e of elementsOf(federated)?.items ?? []) {
    const provider = (e.pattern === null ? undefined : fromText(e.pattern)) ?? fromResource(e.value, unit, s);
    if (provider) out.push({ ...provider, value: e.value });
  }
  return out;
}

function fromText(text: string): Omit<FederatedPrincipal, 'value'> | undefined {
  if (/^cognito-identity\.amazonaws\.com(\.cn)?$/.test(text)) return { kind: 'cognito' };
  if (/:saml-provider\//.test(text)) return { kind: 'saml' };
  const issuer = /:oidc-provider\/(.+)$/.exec(text)?.[1] ?? (text.startsWith(GITHUB) ? text : undefined);
  if (issuer === undefined || /^\*/.test(issuer)) return undefined;
  return { kind: issuer.startsWith(GITHUB) ? 'github' : 'oidc', issuer };
}

function fromResource(v: Value, unit: Unit, s: Scenario): Omit<FederatedPrincipal, 'value'> | undefined {
  const r = referencedResource(v, unit);
  if (r?.type === 'AWS::IAM::SAMLProvider') return { kind: 'saml' };
  if (r?.type !== 'AWS::IAM::OIDCProvider') return undefined;
  const url = field(r.properties(s), 'Url');
  if (url?.kind !== 'scalar') return undefined;
  const issuer = String(url.value).replace(/^https:\/\//, '').replace(/\/$/, '');
  return { kind: issuer.startsWith(GITHUB) ? 'github' : 'oidc', issuer };
}
