/**
 * Sample CloudTrail records, shaped as CloudTrail writes them to CloudWatch Logs, for testing what a metric
 * filter pattern matches. Only the fields filter patterns read are filled in.
 */
export type CloudTrailEvent = Record<string, unknown>;

const ACCOUNT = '111122223333';

const iamUser = { type: 'IAMUser', principalId: 'AIDAEXAMPLEUSER', arn: `arn:aws:iam::${ACCOUNT}:user/alice`, accountId: ACCOUNT, userName: 'alice' };
const root = { type: 'Root', principalId: ACCOUNT, arn: `arn:aws:iam::${ACCOUNT}:root`, accountId: ACCOUNT };

interface CallOptions {
  identity?: Record<string, unknown>;
  readOnly?: boolean;
  errorCode?: string;
  errorMessage?: string;
}

/** A management API call recorded for the service `source` (`ec2`, `iam`…). */
export function apiCall(source: string, eventName: string, o: CallOptions = {}): CloudTrailEvent {
  return {
    eventVersion: '1.09',
    userIdentity: o.identity ?? iamUser,
    eventTime: '2024-05-01T10:00:00Z',
    eventSource: `${source}.amazonaws.com`,
    eventName,
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.10',
    userAgent: 'aws-cli/2.15.0',
    ...(o.errorCode ? { errorCode: o.errorCode, errorMessage: o.errorMessage ?? 'You are not authorized to perform this operation.' } : {}),
    requestParameters: {},
    responseElements: null,
    eventType: 'AwsApiCall',
    readOnly: o.readOnly ?? false,
    managementEvent: true,
    eventCategory: 'Management',
    recipientAccountId: ACCOUNT,
  };
}

/** Calls of the same service, each named one of `names`. */
export const calls = (source: string, names: string[]): CloudTrailEvent[] => names.map((n) => apiCall(source, n));

/** A console sign-in, successful or not, with or without MFA. */
export function consoleLogin(o: { identity?: Record<string, unknown>; success: boolean; mfa: boolean }): CloudTrailEvent {
  return {
    eventVersion: '1.09',
    userIdentity: o.identity ?? iamUser,
    eventTime: '2024-05-01T10:00:00Z',
    eventSource: 'signin.amazonaws.com',
    eventName: 'ConsoleLogin',
    awsRegion: 'us-east-1',
    sourceIPAddress: '203.0.113.10',
    userAgent: 'Mozilla/5.0',
    ...(o.success ? {} : { errorMessage: 'Failed authentication' }),
    requestParameters: null,
    responseElements: { ConsoleLogin: o.success ? 'Success' : 'Failure' },
    additionalEventData: { LoginTo: 'https://console.aws.amazon.com/console/home', MobileVersion: 'No', MFAUsed: o.mfa ? 'Yes' : 'No' },
    eventType: 'AwsConsoleSignIn',
    managementEvent: true,
    eventCategory: 'Management',
    recipientAccountId: ACCOUNT,
  };
}

export const ROOT = root;

/**
 * Routine activity that no security alarm should count: reads, ordinary writes, a sign-in with MFA. A filter meant
 * for one of the monitored event classes that matches these would raise its alarm all day long.
 */
export const ROUTINE: CloudTrailEvent[] = [
  apiCall('ec2', 'DescribeInstances', { readOnly: true }),
  apiCall('ec2', 'DescribeSecurityGroups', { readOnly: true }),
  apiCall('ec2', 'DescribeNetworkAcls', { readOnly: true }),
  apiCall('ec2', 'DescribeRouteTables', { readOnly: true }),
  apiCall('ec2', 'DescribeVpcs', { readOnly: true }),
  apiCall('ec2', 'RunInstances'),
  apiCall('iam', 'GetRole', { readOnly: true }),
  apiCall('iam', 'ListPolicies', { readOnly: true }),
  apiCall('kms', 'DescribeKey', { readOnly: true }),
  apiCall('kms', 'Decrypt', { readOnly: true }),
  apiCall('s3', 'GetBucketPolicy', { readOnly: true }),
  apiCall('s3', 'CreateBucket'),
  apiCall('cloudtrail', 'DescribeTrails', { readOnly: true }),
  apiCall('config', 'DescribeConfigurationRecorders', { readOnly: true }),
  apiCall('organizations', 'DescribeOrganization', { readOnly: true }),
  apiCall('lambda', 'UpdateFunctionCode20150331v2'),
  apiCall('sts', 'GetCallerIdentity', { readOnly: true }),
  consoleLogin({ success: true, mfa: true }),
];
