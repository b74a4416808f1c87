import type { Mapping } from './types.ts';

/** ACM certificates. An imported certificate (certificate_body, private_key) has no CloudFormation form: only its options are read. */
export const ACM: Record<string, Mapping> = {
  aws_acm_certificate: {
    cfn: 'AWS::CertificateManager::Certificate',
    names: ['domain_name'],
    spec: {
      domain_name: 'DomainName',
      subject_alternative_names: 'SubjectAlternativeNames',
      validation_method: 'ValidationMethod',
      key_algorithm: 'KeyAlgorithm',
      certificate_authority_arn: 'CertificateAuthorityArn',
      options: { block: { certificate_transparency_logging_preference: 'CertificateTransparencyLoggingPreference' } },
    },
  },
};
