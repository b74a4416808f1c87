import type { Value } from '../../../model/value.ts';
import { decodeJsonValue } from '../json-value.ts';
import type { Mapping } from './types.ts';

/** An IoT policy is JSON text in Terraform, a JSON object in CloudFormation. */
const json = (v: Value): Value => (v.kind === 'scalar' || v.kind === 'unknown' ? (decodeJsonValue(v) ?? v) : v);

/** IoT Core policies: what the devices holding a certificate may do. */
export const IOT: Record<string, Mapping> = {
  aws_iot_policy: {
    cfn: 'AWS::IoT::Policy',
    names: ['name'],
    spec: { name: 'PolicyName', policy: { to: 'PolicyDocument', as: json } },
  },
};
