import { json } from './convert.ts';
import type { Mapping } from './types.ts';

/** IoT Core policies: what the devices holding a certificate may do. */
export const IOT: Record<string, Mapping> = {
  aws_iot_policy: {
    cfn: 'AWS::IoT::Policy',
    names: ['name'],
    spec: { name: 'PolicyName', policy: { to: 'PolicyDocument', as: json } },
  },
};
