import type { Rule } from '../../engine/rule.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';

/** Terraform configurations write "" for "no certificate" as often as they leave the attribute out. */
const isSet = (v: Value | undefined): boolean => v !== undefined && !(v.kind === 'scalar' && (v.value === '' || v.value === null));

/** Security policies of CloudFront that refuse TLS 1.0 and 1.1: TLSv1.2_2018 and later, TLSv1.3_2025. */
const MODERN = /^TLSv1\.[2-9]_/i;

export const viewerTlsVersion: Rule = {
  meta: {
    id: 'cloudfront/viewer-tls-version',
    title: 'CloudFront distributions refuse TLS 1.0 and 1.1 from viewers',
    description:
      'TLS 1.0 and 1.1 are deprecated (RFC 8996): their cipher suites include CBC modes open to padding-oracle and BEAST-style ' +
      'attacks, and PCI DSS no longer accepts them. A distribution that still offers them lets an attacker on the path push a ' +
      'client down to them. With a custom certificate (AcmCertificateArn or IamCertificateId) the security policy is ' +
      'ViewerCertificate.MinimumProtocolVersion, and when it is left out CloudFront uses TLSv1; TLSv1.2_2021 is the current ' +
      'recommendation. A distribution served on its *.cloudfront.net name with the default certificate (no ViewerCertificate, ' +
      'or CloudFrontDefaultCertificate true) always accepts TLSv1, whatever MinimumProtocolVersion says: only a custom domain ' +
      'with its own certificate can refuse the old protocols, so such distributions are reported too.',
    severity: 'warning',
    category: 'encryption',
    messages: {
      defaultCertificate:
        'CloudFront distribution {{resource}} uses the default *.cloudfront.net certificate, which accepts TLS 1.0 and 1.1 from viewers',
      noMinimum: 'CloudFront distribution {{resource}} sets no MinimumProtocolVersion, so viewers can connect with TLS 1.0 and 1.1',
      oldMinimum: 'CloudFront distribution {{resource}} accepts viewers on TLS older than 1.2 (MinimumProtocolVersion is {{value}})',
    },
    fix:
      'Serve the distribution on your own domain (Aliases) with an ACM certificate from us-east-1, and set ' +
      'ViewerCertificate.MinimumProtocolVersion to TLSv1.2_2021 with SslSupportMethod sni-only.',
    references: {
      fsbp: ['CloudFront.7'],
      wellArchitected: ['SEC09'],
      checkov: ['CKV_AWS_174'],
      kics: ['CloudFront Without Minimum Protocol TLS 1.2'],
      urls: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html'],
    },
    recommended: false,
    source: 'src/rules/cloudfront/viewer-tls-version.ts',
  },
  examples: {
    cloudformation: `Distribution:
  Type: AWS::CloudFront::Distribution
  Properties:
    DistributionConfig:
      Enabled: true
      Aliases: [www.example.com]
      ViewerCertificate:
        AcmCertificateArn: !Ref Certificate
        SslSupportMethod: sni-only
        MinimumProtocolVersion: TLSv1.2_2021
`,
    terraform: `resource "aws_cloudfront_distribution" "site" {
  # ...
  aliases = ["www.example.com"]

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.site.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}
`,
  },
  create(context) {
    return {
      resourceTypes: new Set(['AWS::CloudFront::Distribution']),
      resource(r) {
        const config = field(r.properties(context.scenario), 'DistributionConfig');
        if (config === undefined || config.kind === 'unknown') return;
        const certificate = field(config, 'ViewerCertificate');
        if (certificate?.kind === 'unknown') return;
        const at = { resource: r.id, data: { resource: r.id } };
        const flag = field(certificate, 'CloudFrontDefaultCertificate');
        // Turning the default certificate off says a custom one is meant, even where the template leaves it out.
        const custom = isSet(field(certificate, 'AcmCertificateArn')) || isSet(field(certificate, 'IamCertificateId')) || (flag?.kind === 'scalar' && String(flag.value).toLowerCase() === 'false');
        if (!custom) {
          context.report({ ...at, messageId: 'defaultCertificate', path: flag?.path ?? certificate?.path ?? [...config.path, 'ViewerCertificate'] });
          return;
        }
        const minimum = field(certificate, 'MinimumProtocolVersion');
        if (minimum === undefined) return void context.report({ ...at, messageId: 'noMinimum', path: [...certificate!.path, 'MinimumProtocolVersion'] });
        if (minimum.kind !== 'scalar' || MODERN.test(String(minimum.value))) return;
        context.report({ ...at, messageId: 'oldMinimum', data: { resource: r.id, value: String(minimum.value) }, path: minimum.path, ...(minimum.via ? { related: minimum.via } : {}) });
      },
    };
  },
};
