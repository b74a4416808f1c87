import { oneOf } from './convert.ts';
import type { Mapping } from './types.ts';

/** SES configuration sets. The SES v1 resource spells the TLS policy in mixed case, the v2 API in capitals. */
export const SES: Record<string, Mapping> = {
  aws_ses_configuration_set: {
    cfn: 'AWS::SES::ConfigurationSet',
    names: ['name'],
    spec: { name: 'Name', delivery_options: { block: { tls_policy: { to: 'DeliveryOptions.TlsPolicy', as: oneOf({ Require: 'REQUIRE', Optional: 'OPTIONAL' }) } } } },
  },
  aws_sesv2_configuration_set: {
    cfn: 'AWS::SES::ConfigurationSet',
    names: ['configuration_set_name'],
    spec: { configuration_set_name: 'Name', delivery_options: { block: { tls_policy: 'DeliveryOptions.TlsPolicy' } } },
  },
};
