import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { referencedResource } from '../../src/iam/referenced-resource.ts';
import { firstBranch } from '../../src/model/scenario.ts';
import { unknown } from '../../src/model/value.ts';
import { findings, shown, unitOf } from './run.ts';

const config = `{
  "resource": {
    "aws_iam_openid_connect_provider": { "github": { "url": "https://token.actions.githubusercontent.com", "client_id_list": ["sts.amazonaws.com"] } },
    "aws_iam_saml_provider": { "okta": { "name": "okta", "saml_metadata_document": "<EntityDescriptor/>" } },
    "aws_iam_role": {
      "deploy": {
        "name": "deploy",
        "assume_role_policy": { "Statement": [{ "Effect": "Allow", "Principal": { "Federated": "\${aws_iam_openid_connect_provider.github.arn}" }, "Action": "sts:AssumeRoleWithWebIdentity" }] }
      },
      "guest": { "name": "guest", "assume_role_policy": { "Statement": [] } }
    },
    "aws_cognito_identity_pool": {
      "main": {
        "identity_pool_name": "main",
        "allow_unauthenticated_identities": true,
        "cognito_identity_providers": [{ "client_id": "abc", "provider_name": "cognito-idp.us-east-1.amazonaws.com/us-east-1_Example", "server_side_token_check": true }]
      }
    },
    "aws_cognito_identity_pool_roles_attachment": {
      "main": {
        "identity_pool_id": "\${aws_cognito_identity_pool.main.id}",
        "roles": { "authenticated": "arn:aws:iam::111122223333:role/signed-in", "unauthenticated": "\${aws_iam_role.guest.arn}" }
      }
    }
  }
}`;

const { unit } = unitOf(config);
const byId = (id: string) => unit.resources.find((r) => r.id === id)!;

test('OIDC and SAML providers are the CloudFormation identity providers', () => {
  assert.is(byId('aws_iam_openid_connect_provider.github').type, 'AWS::IAM::OIDCProvider');
  assert.equal(shown(byId('aws_iam_openid_connect_provider.github').properties(firstBranch)!), {
    Url: 'https://token.actions.githubusercontent.com',
    ClientIdList: ['sts.amazonaws.com'],
  });
  assert.equal(shown(byId('aws_iam_saml_provider.okta').properties(firstBranch)!), { Name: 'okta', SamlMetadataDocument: '<EntityDescriptor/>' });
});

test('an identity pool role attachment names its pool with Ref and a role of the configuration with GetAtt', () => {
  assert.equal(shown(byId('aws_cognito_identity_pool.main').properties(firstBranch)!), {
    IdentityPoolName: 'main',
    AllowUnauthenticatedIdentities: true,
    CognitoIdentityProviders: [{ ClientId: 'abc', ProviderName: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_Example', ServerSideTokenCheck: true }],
  });
  assert.equal(shown(byId('aws_cognito_identity_pool_roles_attachment.main').properties(firstBranch)!), {
    IdentityPoolId: '?Ref aws_cognito_identity_pool.main',
    Roles: { authenticated: 'arn:aws:iam::111122223333:role/signed-in', unauthenticated: '?Fn::GetAtt aws_iam_role.guest.Arn' },
  });
});

test('a Terraform reference left as written in a policy names its resource, by its whole address', () => {
  const provider = byId('aws_iam_openid_connect_provider.github');
  assert.is(referencedResource(unknown([], 'aws_iam_openid_connect_provider.github.arn'), unit), provider);
  assert.is(referencedResource(unknown([], 'x', [{ symbol: 'aws_iam_openid_connect_provider.github.arn' }]), unit), provider);
  assert.is(referencedResource(unknown([], 'aws_iam_openid_connect_provider.githubs.arn'), unit), undefined);
  // A plan's value known only after apply is named after the attribute that holds it, not what it refers to.
  assert.is(referencedResource(unknown([], 'aws_cognito_identity_pool_roles_attachment.main.identity_pool_id (known after apply)'), unit), undefined);
  assert.equal(findings('iam/trust-github-oidc-without-sub', config), ['8: aws_iam_role.deploy']);
});

test.run();
