import type { CloudTrailEvent } from './cloudtrail-events.ts';
import { apiCall, calls, consoleLogin, ROOT } from './cloudtrail-events.ts';

/**
 * One class of CloudTrail events that CIS AWS Foundations (section 4) asks to count with a metric filter and
 * alarm on: the events a filter for it must match, and the words by which a pattern shows it is meant for it.
 */
export interface MonitoredEvents {
  /** Rule id suffix: `cloudwatch/alarm-<name>`. */
  name: string;
  cis: string;
  /** For titles and messages: "root account usage". */
  label: string;
  /** Why an alarm on these events matters, for the rule's description. */
  why: string;
  events: CloudTrailEvent[];
  /** Text of a pattern written for this class (an event name, an error code). */
  mentions: RegExp;
  /** Words of a filter's name or metric name that say it is meant for this class. */
  named: RegExp;
  /** What CIS writes, for the fix and the examples. */
  pattern: string;
  kics?: string[];
}

const names = (xs: string[]) => new RegExp(`\\b(${xs.join('|')})\\b`);

const IAM_POLICY_EVENTS = [
  'DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy',
  'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy',
  'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy',
];
const TRAIL_EVENTS = ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'];
const KMS_EVENTS = ['DisableKey', 'ScheduleKeyDeletion'];
const BUCKET_POLICY_EVENTS = [
  'PutBucketAcl', 'PutBucketPolicy', 'PutBucketCors', 'PutBucketLifecycle', 'PutBucketReplication', 'DeleteBucketPolicy',
  'DeleteBucketCors', 'DeleteBucketLifecycle', 'DeleteBucketReplication',
];
const CONFIG_EVENTS = ['StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder'];
const SECURITY_GROUP_EVENTS = [
  'AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress',
  'CreateSecurityGroup', 'DeleteSecurityGroup',
];
const NACL_EVENTS = ['CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation'];
const GATEWAY_EVENTS = ['CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway'];
const ROUTE_EVENTS = ['CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable'];
const VPC_EVENTS = [
  'CreateVpc', 'DeleteVpc', 'ModifyVpcAttribute', 'AcceptVpcPeeringConnection', 'CreateVpcPeeringConnection', 'DeleteVpcPeeringConnection',
  'RejectVpcPeeringConnection', 'AttachClassicLinkVpc', 'DetachClassicLinkVpc', 'DisableVpcClassicLink', 'EnableVpcClassicLink',
];
const ORGANIZATIONS_EVENTS = [
  'AcceptHandshake', 'AttachPolicy', 'CreateAccount', 'CreateOrganizationalUnit', 'CreatePolicy', 'DeclineHandshake', 'DeleteOrganization',
  'DeleteOrganizationalUnit', 'DeletePolicy', 'DetachPolicy', 'DisablePolicyType', 'EnablePolicyType', 'InviteAccountToOrganization',
  'LeaveOrganization', 'MoveAccount', 'RemoveAccountFromOrganization', 'UpdatePolicy', 'UpdateOrganizationalUnit',
];

const eventNames = (source: string | undefined, xs: string[]) =>
  `{ ${source ? `($.eventSource = ${source}.amazonaws.com) && (` : ''}${xs.map((x) => `($.eventName = ${x})`).join(' || ')}${source ? ')' : ''} }`;

/** CIS AWS Foundations v3.0, 4.1 to 4.15. */
export const MONITORED_EVENTS: MonitoredEvents[] = [
  {
    name: 'unauthorized-api-calls',
    cis: '4.1',
    label: 'unauthorized API calls',
    why: 'A burst of denied calls is how a stolen credential being tried shows, and how a broken deployment does.',
    events: [
      apiCall('ec2', 'RunInstances', { errorCode: 'Client.UnauthorizedOperation' }),
      apiCall('iam', 'CreateAccessKey', { errorCode: 'AccessDenied' }),
      apiCall('lambda', 'GetFunction20150331v2', { errorCode: 'AccessDeniedException', readOnly: true }),
    ],
    mentions: /UnauthorizedOperation|AccessDenied/,
    named: /unauthori[sz]ed|access.?denied/i,
    pattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
    kics: ['CloudWatch Unauthorized Access Alarm Missing'],
  },
  {
    name: 'console-sign-in-without-mfa',
    cis: '4.2',
    label: 'console sign-ins without MFA',
    why: 'A password alone is what phishing and credential stuffing get; a sign-in without MFA is the moment it is used.',
    events: [consoleLogin({ success: true, mfa: false })],
    mentions: /MFAUsed/,
    named: /mfa/i,
    pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
    kics: ['CloudWatch Console Sign-in Without MFA Alarm Missing'],
  },
  {
    name: 'root-usage',
    cis: '4.3',
    label: 'root user activity',
    why: 'The root user can do anything, including closing the account, and is meant to be used almost never.',
    events: [apiCall('iam', 'CreateAccessKey', { identity: ROOT }), { ...consoleLogin({ identity: ROOT, success: true, mfa: true }) }],
    mentions: /userIdentity\.type\s*!?=\s*"?Root\b/,
    named: /root/i,
    pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
    kics: ['CloudWatch Root Account Use Missing'],
  },
  {
    name: 'iam-policy-changes',
    cis: '4.4',
    label: 'IAM policy changes',
    why: 'Attaching or editing a policy is how access is escalated or a backdoor granted.',
    events: calls('iam', IAM_POLICY_EVENTS),
    mentions: names(IAM_POLICY_EVENTS),
    named: /iam.?polic/i,
    pattern: eventNames(undefined, IAM_POLICY_EVENTS),
  },
  {
    name: 'cloudtrail-changes',
    cis: '4.5',
    label: 'CloudTrail configuration changes',
    why: 'Stopping or changing a trail is what an intruder does first to work unseen.',
    events: calls('cloudtrail', TRAIL_EVENTS),
    mentions: names(TRAIL_EVENTS),
    named: /cloud.?trail/i,
    pattern: eventNames(undefined, TRAIL_EVENTS),
  },
  {
    name: 'console-authentication-failures',
    cis: '4.6',
    label: 'console authentication failures',
    why: 'Repeated failed sign-ins are a password being guessed.',
    events: [consoleLogin({ success: false, mfa: false })],
    mentions: /failed authentication/i,
    named: /(sign.?in|log.?in|console|auth\w*).?fail|fail\w*.?(sign.?in|log.?in|auth)/i,
    pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  },
  {
    name: 'cmk-disabled-or-deleted',
    cis: '4.7',
    label: 'customer managed keys disabled or scheduled for deletion',
    why: 'Data encrypted with a deleted key is lost for good: disabling or deleting a key is sabotage or ransom.',
    events: calls('kms', KMS_EVENTS),
    mentions: names(KMS_EVENTS),
    named: /cmk|kms/i,
    pattern: eventNames('kms', KMS_EVENTS),
    kics: ['CloudWatch Disabling Or Scheduled Deletion Of Customer Created CMK Alarm Missing'],
  },
  {
    name: 's3-bucket-policy-changes',
    cis: '4.8',
    label: 'S3 bucket policy changes',
    why: 'A changed bucket policy or ACL can make data public or readable by another account.',
    events: calls('s3', BUCKET_POLICY_EVENTS),
    mentions: names(BUCKET_POLICY_EVENTS),
    named: /bucket.?polic/i,
    pattern: eventNames('s3', BUCKET_POLICY_EVENTS),
  },
  {
    name: 'config-changes',
    cis: '4.9',
    label: 'AWS Config configuration changes',
    why: 'Stopping the recorder or removing its delivery channel blinds every Config rule.',
    events: calls('config', CONFIG_EVENTS),
    mentions: names(CONFIG_EVENTS),
    named: /config/i,
    pattern: eventNames('config', CONFIG_EVENTS),
    kics: ['CloudWatch AWS Config Configuration Changes Alarm Missing'],
  },
  {
    name: 'security-group-changes',
    cis: '4.10',
    label: 'security group changes',
    why: 'An opened security group exposes instances and databases to the internet.',
    events: calls('ec2', SECURITY_GROUP_EVENTS),
    mentions: names(SECURITY_GROUP_EVENTS),
    named: /security.?group/i,
    pattern: eventNames(undefined, SECURITY_GROUP_EVENTS),
    kics: ['Cloudwatch Security Group Changes Alarm Missing'],
  },
  {
    name: 'nacl-changes',
    cis: '4.11',
    label: 'network ACL changes',
    why: 'A changed network ACL opens or closes whole subnets.',
    events: calls('ec2', NACL_EVENTS),
    mentions: names(NACL_EVENTS),
    named: /nacl|network.?acl/i,
    pattern: eventNames(undefined, NACL_EVENTS),
    kics: ['CloudWatch Changes To NACL Alarm Missing'],
  },
  {
    name: 'network-gateway-changes',
    cis: '4.12',
    label: 'network gateway changes',
    why: 'A new or moved gateway creates a path into or out of the network that the firewall design did not plan.',
    events: calls('ec2', GATEWAY_EVENTS),
    mentions: names(GATEWAY_EVENTS),
    named: /gateway/i,
    pattern: eventNames(undefined, GATEWAY_EVENTS),
  },
  {
    name: 'route-table-changes',
    cis: '4.13',
    label: 'route table changes',
    why: 'A changed route can send private traffic through a host an attacker controls, or to the internet.',
    events: calls('ec2', ROUTE_EVENTS),
    mentions: names(ROUTE_EVENTS),
    named: /route/i,
    pattern: eventNames('ec2', ROUTE_EVENTS),
  },
  {
    name: 'vpc-changes',
    cis: '4.14',
    label: 'VPC changes',
    why: 'A new peering or a deleted VPC changes which networks can reach each other.',
    events: calls('ec2', VPC_EVENTS),
    mentions: names(VPC_EVENTS),
    named: /vpc/i,
    pattern: eventNames(undefined, VPC_EVENTS),
  },
  {
    name: 'organizations-changes',
    cis: '4.15',
    label: 'AWS Organizations changes',
    why: 'Moving accounts, detaching service control policies or leaving the organisation removes the guardrails of every account below.',
    events: calls('organizations', ORGANIZATIONS_EVENTS),
    mentions: names(ORGANIZATIONS_EVENTS),
    named: /organi[sz]ation/i,
    pattern: eventNames('organizations', ORGANIZATIONS_EVENTS),
  },
];
