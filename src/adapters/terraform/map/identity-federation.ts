import type { Scenario } from '../../../model/scenario.ts';
import type { ObjectValue, Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { bool } from './convert.ts';
import type { LinkTarget } from './links.ts';
import { refTo } from './refs.ts';
import type { MapContext, Mapping } from './types.ts';
import { withEntries } from './values.ts';

const roleLink: LinkTarget = { types: ['aws_iam_role'], names: ['name'] };
const poolLink: LinkTarget = { types: ['aws_cognito_identity_pool'] };

/**
 * The roles an identity pool hands out, keyed `authenticated` / `unauthenticated`: each one naming a role of the
 * configuration is written as CloudFormation would (`Fn::GetAtt aws_iam_role.guest.Arn`).
 */
function poolRoles(props: ObjectValue, inst: TfInstance, ctx: MapContext, s: Scenario): Value {
  const roles = props.entries.get('Roles');
  if (roles?.kind !== 'object') return props;
  const linked = new Map<string, Value>();
  for (const [key, v] of roles.entries) {
    const [role] = ctx.links.targets(v, inst, roleLink, s);
    linked.set(key, role ? refTo(v, role) : v);
  }
  return withEntries(props, [['Roles', { ...roles, entries: linked }]]);
}

/**
 * Who may federate into the account: OIDC and SAML identity providers (which trust policies name in their
 * Federated principal) and Cognito identity pools with the roles they give their identities.
 */
export const IDENTITY_FEDERATION: Record<string, Mapping> = {
  aws_iam_openid_connect_provider: {
    cfn: 'AWS::IAM::OIDCProvider',
    spec: { url: 'Url', client_id_list: 'ClientIdList', thumbprint_list: 'ThumbprintList' },
  },
  aws_iam_saml_provider: {
    cfn: 'AWS::IAM::SAMLProvider',
    names: ['name'],
    spec: { name: 'Name', saml_metadata_document: 'SamlMetadataDocument' },
  },
  aws_cognito_identity_pool: {
    cfn: 'AWS::Cognito::IdentityPool',
    names: ['identity_pool_name'],
    spec: {
      identity_pool_name: 'IdentityPoolName',
      allow_unauthenticated_identities: { to: 'AllowUnauthenticatedIdentities', as: bool },
      allow_classic_flow: { to: 'AllowClassicFlow', as: bool },
      developer_provider_name: 'DeveloperProviderName',
      supported_login_providers: 'SupportedLoginProviders',
      openid_connect_provider_arns: 'OpenIdConnectProviderARNs',
      saml_provider_arns: 'SamlProviderARNs',
      cognito_identity_providers: {
        to: 'CognitoIdentityProviders',
        list: true,
        block: { client_id: 'ClientId', provider_name: 'ProviderName', server_side_token_check: { to: 'ServerSideTokenCheck', as: bool } },
      },
    },
  },
  aws_cognito_identity_pool_roles_attachment: {
    cfn: 'AWS::Cognito::IdentityPoolRoleAttachment',
    spec: { identity_pool_id: 'IdentityPoolId', roles: 'Roles' },
    refs: { IdentityPoolId: poolLink },
    adjust: poolRoles,
  },
};
