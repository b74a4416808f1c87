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
import { viewerTlsVersion } from './cloudfront/viewer-tls-version.ts';
import { cloudfrontAccessLogging } from './cloudfront/access-logging.ts';
import { accountPublicAccessBlock } from './s3/account-public-access-block.ts';
import { snapshotNotPublic } from './rds/snapshot-not-public.ts';
import { bucketPublicAccessBlock } from './s3/bucket-public-access-block.ts';
import { secureTransport } from './s3/secure-transport.ts';
import { s3AccessLogging } from './s3/access-logging.ts';
import { mfaDelete } from './s3/mfa-delete.ts';
import { unknownAction } from './iam/unknown-action.ts';
import { resourceMismatch } from './iam/resource-mismatch.ts';
import { wildcardResourceMismatch } from './iam/wildcard-resource-mismatch.ts';
import { unknownConditionKey } from './iam/unknown-condition-key.ts';
import { unknownConditionOperator } from './iam/unknown-condition-operator.ts';
import { conditionOperatorMismatch } from './iam/condition-operator-mismatch.ts';
import { stringOperatorOnArnKey } from './iam/string-operator-on-arn-key.ts';
import { policyVersion } from './iam/policy-version.ts';
import { invalidEffect } from './iam/invalid-effect.ts';
import { actionAndNotAction } from './iam/action-and-not-action.ts';
import { principalInIdentityPolicy } from './iam/principal-in-identity-policy.ts';
import { missingPrincipal } from './iam/missing-principal.ts';
import { duplicateSid } from './iam/duplicate-sid.ts';
import { invalidSid } from './iam/invalid-sid.ts';
import { emptyStatement } from './iam/empty-statement.ts';
import { invalidResource } from './iam/invalid-resource.ts';
import { unknownElement } from './iam/unknown-element.ts';
import { policySize } from './iam/policy-size.ts';
import { PRIVILEGE_ESCALATION_RULES } from './iam/privilege-escalation.ts';
import { noWriteOnAllResources } from './iam/no-write-on-all-resources.ts';
import { separateTaskAndExecutionRoles } from './ecs/separate-task-and-execution-roles.ts';
import { hardCoded } from './secrets/hard-coded.ts';
import { maskedParameter } from './secrets/masked-parameter.ts';
import { consoleUserMfa } from './iam/console-user-mfa.ts';
import { userMultipleAccessKeys } from './iam/user-multiple-access-keys.ts';
import { groupWithoutUsers } from './iam/group-without-users.ts';
import { PASSWORD_POLICY_RULES } from './iam/password-policy.ts';
import { cfnInitCredentials } from './secrets/cfn-init-credentials.ts';
import { rotation } from './secretsmanager/rotation.ts';
import { bucketAccessLogging } from './cloudtrail/bucket-access-logging.ts';
import { bucketNotPublic } from './cloudtrail/bucket-not-public.ts';
import { MONITORING_ALARM_RULES } from './cloudwatch/monitoring-alarms.ts';
import { recorderRunning } from './config/recorder-running.ts';
import { auditLogRetention } from './logs/audit-log-retention.ts';
import { hubStandards } from './securityhub/hub-standards.ts';
import { tlsPolicy } from './elb/tls-policy.ts';
import { accessLogs } from './elb/access-logs.ts';
import { flowLogs } from './vpc/flow-logs.ts';
import { noPublicIp } from './ec2/no-public-ip.ts';
import { defaultSecurityGroupClosed } from './ec2/default-security-group-closed.ts';
import { amiNotPublic } from './ec2/ami-not-public.ts';
import { instanceRole } from './ec2/instance-role.ts';
import { endpointPrivateDns } from './ec2/endpoint-private-dns.ts';
import { volumeAttached } from './ebs/volume-attached.ts';
import { instanceSecurityGroup } from './ec2/instance-security-group.ts';
import { amiSharedAccounts } from './ec2/ami-shared-accounts.ts';
import { apiGatewayAccessLogging } from './apigateway/access-logging.ts';
import { methodAuthorization } from './apigateway/method-authorization.ts';
import { cacheEncryption } from './apigateway/cache-encryption.ts';
import { apiGatewayXrayTracing } from './apigateway/xray-tracing.ts';
import { clientCertificate } from './apigateway/client-certificate.ts';
import { executionLogging } from './apigateway/execution-logging.ts';
import { dataTrace } from './apigateway/data-trace.ts';
import { wafAssociation } from './apigateway/waf-association.ts';
import { deprecatedRuntime } from './lambda/deprecated-runtime.ts';
import { lambdaXrayTracing } from './lambda/xray-tracing.ts';
import { lambdaDeadLetterQueue } from './lambda/dead-letter-queue.ts';
import { privilegedRole } from './lambda/privileged-role.ts';
import { sharedExecutionRole } from './lambda/shared-execution-role.ts';
import { stepFunctionsLogging } from './stepfunctions/logging.ts';
import { mountTargetPrivateSubnet } from './efs/mount-target-private-subnet.ts';
import { dataNodes } from './opensearch/data-nodes.ts';
import { dedicatedMasters } from './opensearch/dedicated-masters.ts';
import { advancedProtection } from './shield/advanced-protection.ts';
import { hostedZoneRecords } from './route53/hosted-zone-records.ts';
import { stackPolicy } from './cloudformation/stack-policy.ts';

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
  viewerTlsVersion,
  cloudfrontAccessLogging,
  accountPublicAccessBlock,
  snapshotNotPublic,
  bucketPublicAccessBlock,
  secureTransport,
  s3AccessLogging,
  mfaDelete,
  unknownAction,
  resourceMismatch,
  wildcardResourceMismatch,
  unknownConditionKey,
  unknownConditionOperator,
  conditionOperatorMismatch,
  stringOperatorOnArnKey,
  policyVersion,
  invalidEffect,
  actionAndNotAction,
  principalInIdentityPolicy,
  missingPrincipal,
  duplicateSid,
  invalidSid,
  emptyStatement,
  invalidResource,
  unknownElement,
  policySize,
  ...PRIVILEGE_ESCALATION_RULES,
  noWriteOnAllResources,
  separateTaskAndExecutionRoles,
  hardCoded,
  maskedParameter,
  consoleUserMfa,
  userMultipleAccessKeys,
  groupWithoutUsers,
  ...PASSWORD_POLICY_RULES,
  cfnInitCredentials,
  rotation,
  bucketAccessLogging,
  bucketNotPublic,
  ...MONITORING_ALARM_RULES,
  recorderRunning,
  auditLogRetention,
  hubStandards,
  tlsPolicy,
  accessLogs,
  flowLogs,
  noPublicIp,
  defaultSecurityGroupClosed,
  amiNotPublic,
  instanceRole,
  endpointPrivateDns,
  volumeAttached,
  instanceSecurityGroup,
  amiSharedAccounts,
  apiGatewayAccessLogging,
  methodAuthorization,
  cacheEncryption,
  apiGatewayXrayTracing,
  clientCertificate,
  executionLogging,
  dataTrace,
  wafAssociation,
  deprecatedRuntime,
  lambdaXrayTracing,
  lambdaDeadLetterQueue,
  privilegedRole,
  sharedExecutionRole,
  stepFunctionsLogging,
  mountTargetPrivateSubnet,
  dataNodes,
  dedicatedMasters,
  advancedProtection,
  hostedZoneRecords,
  stackPolicy,
];
