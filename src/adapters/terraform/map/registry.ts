import { APIGATEWAY } from './apigateway.ts';
import { ACM } from './acm.ts';
import { SECRETS_ROTATION } from './secrets-rotation.ts';
import { COGNITO } from './cognito.ts';
import { CLOUDFRONT } from './cloudfront.ts';
import { DYNAMODB } from './dynamodb.ts';
import { REDSHIFT } from './redshift.ts';
import { MESSAGING } from './messaging.ts';
import { EMR } from './emr.ts';
import { ELASTICACHE } from './elasticache.ts';
import { DATA_STORES } from './data-stores.ts';
import { EBS } from './ebs.ts';
import { EC2 } from './ec2.ts';
import { EFS } from './efs.ts';
import { IAM } from './iam.ts';
import { IDENTITY_FEDERATION } from './identity-federation.ts';
import { IOT } from './iot.ts';
import { KINESIS } from './kinesis.ts';
import { KMS } from './kms.ts';
import { IMAGE_BUILDER } from './image-builder.ts';
import { MWAA } from './mwaa.ts';
import { LAUNCH_TEMPLATES } from './launch-templates.ts';
import { LOAD_BALANCERS } from './load-balancers.ts';
import { LOGGING } from './logging.ts';
import { NETWORK, NETWORK_MAPPERS } from './network.ts';
import { NETWORK_FIREWALL } from './network-firewall.ts';
import { ATHENA } from './athena.ts';
import { APPSYNC } from './appsync.ts';
import { FIREHOSE } from './firehose.ts';
import { FSX } from './fsx.ts';
import { GLUE } from './glue.ts';
import { MONITORING } from './monitoring.ts';
import { QUEUES_TOPICS } from './queues-topics.ts';
import { RDS } from './rds.ts';
import { RESOURCE_POLICIES } from './resource-policies.ts';
import { S3 } from './s3.ts';
import { SAGEMAKER } from './sagemaker.ts';
import { SECURITY_GROUP_MAPPERS, SECURITY_GROUP_RULES } from './security-groups.ts';
import { SERVICES } from './services.ts';
import { SES } from './ses.ts';
import { STEP_FUNCTIONS } from './stepfunctions.ts';
import { tableMapper } from './table.ts';
import { WAF } from './waf.ts';
import { ROUTE53 } from './route53.ts';
import { SHIELD } from './shield.ts';
import { TIMESTREAM } from './timestream.ts';
import { WORKLOADS } from './workloads.ts';
import type { Mapper, Mapping, Merge } from './types.ts';

/** Every table mapping, by Terraform type. */
export const MAPPINGS: Record<string, Mapping> = {
  ...S3,
  ...CLOUDFRONT,
  ...WAF,
  ...ROUTE53,
  ...SHIELD,
  ...APIGATEWAY,
  ...SAGEMAKER,
  ...EBS,
  ...EC2,
  ...RDS,
  ...REDSHIFT,
  ...MESSAGING,
  ...EMR,
  ...ELASTICACHE,
  ...DATA_STORES,
  ...DYNAMODB,
  ...QUEUES_TOPICS,
  ...EFS,
  ...KINESIS,
  ...FIREHOSE,
  ...GLUE,
  ...ATHENA,
  ...FSX,
  ...STEP_FUNCTIONS,
  ...APPSYNC,
  ...TIMESTREAM,
  ...MWAA,
  ...SES,
  ...IOT,
  ...LOGGING,
  ...MONITORING,
  ...KMS,
  ...IAM,
  ...IDENTITY_FEDERATION,
  ...SERVICES,
  ...COGNITO,
  ...ACM,
  ...SECRETS_ROTATION,
  ...RESOURCE_POLICIES,
  ...SECURITY_GROUP_RULES,
  ...LOAD_BALANCERS,
  ...NETWORK,
  ...LAUNCH_TEMPLATES,
  ...NETWORK_FIREWALL,
  ...IMAGE_BUILDER,
  ...WORKLOADS,
};

/** Every mapper, by Terraform type: the tables, and the mappings a table cannot express. */
export const MAPPERS: Record<string, Mapper> = {
  ...Object.fromEntries(Object.entries(MAPPINGS).map(([type, m]) => [type, tableMapper(m)])),
  ...SECURITY_GROUP_MAPPERS,
  ...NETWORK_MAPPERS,
};

/** The merges that read each Terraform type, with the type they merge into. */
export const MERGED_INTO: Map<string, { target: string; names?: string[]; merge: Merge }[]> = (() => {
  const out = new Map<string, { target: string; names?: string[]; merge: Merge }[]>();
  for (const [target, m] of Object.entries(MAPPINGS)) {
    for (const merge of m.merges ?? []) {
      out.set(merge.from, [...(out.get(merge.from) ?? []), { target, ...(m.names ? { names: m.names } : {}), merge }]);
    }
  }
  return out;
})();
