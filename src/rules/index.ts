import type { Rule } from '../engine/rule.ts';
import { publicReadAccess } from './iam/public-read-access.ts';
import { publicResourcePolicy } from './iam/public-resource-policy.ts';
import { trustAnyPrincipal } from './iam/trust-any-principal.ts';
import { trustCrossAccountWithoutExternalId } from './iam/trust-cross-account-without-external-id.ts';
import { trustGithubOidcWithoutSub } from './iam/trust-github-oidc-without-sub.ts';
import { trustCognitoWithoutAudAmr } from './iam/trust-cognito-without-aud-amr.ts';
import { trustSamlWithoutAud } from './iam/trust-saml-without-aud.ts';
import { userDirectPolicy } from './iam/user-direct-policy.ts';
import { accessKey } from './iam/access-key.ts';
import { loginProfilePassword } from './iam/login-profile-password.ts';
import { unauthenticatedRoleWithWrite } from './cognito/unauthenticated-role-with-write.ts';
import { PRIVILEGE_ESCALATION_RULES } from './iam/privilege-escalation.ts';

/**
 * Built-in rules written in TypeScript, for what a declarative policy cannot say (IAM analysis, relations
 * between resources). One module per rule, named by its id; add each here.
 */
export const BUILTIN_RULES: Rule[] = [
  publicResourcePolicy,
  publicReadAccess,
  trustAnyPrincipal,
  trustCrossAccountWithoutExternalId,
  trustGithubOidcWithoutSub,
  trustCognitoWithoutAudAmr,
  trustSamlWithoutAud,
  userDirectPolicy,
  accessKey,
  loginProfilePassword,
  unauthenticatedRoleWithWrite,
  ...PRIVILEGE_ESCALATION_RULES,
];
