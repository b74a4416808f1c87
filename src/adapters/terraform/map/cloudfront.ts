import { bool, num } from './convert.ts';
import type { Spec } from './reshape.ts';
import type { Mapping } from './types.ts';

/** What a default and an ordered cache behaviour share; `path_pattern` only exists on the ordered ones. */
const cacheBehavior: Spec = {
  target_origin_id: 'TargetOriginId',
  viewer_protocol_policy: 'ViewerProtocolPolicy',
  allowed_methods: 'AllowedMethods',
  cached_methods: 'CachedMethods',
  compress: { to: 'Compress', as: bool },
  cache_policy_id: 'CachePolicyId',
  origin_request_policy_id: 'OriginRequestPolicyId',
  response_headers_policy_id: 'ResponseHeadersPolicyId',
  field_level_encryption_id: 'FieldLevelEncryptionId',
  realtime_log_config_arn: 'RealtimeLogConfigArn',
  trusted_key_groups: 'TrustedKeyGroups',
  trusted_signers: 'TrustedSigners',
};

/**
 * aws_cloudfront_distribution: Terraform writes the distribution's settings at the top level, where
 * CloudFormation nests them under DistributionConfig.
 */
export const CLOUDFRONT: Record<string, Mapping> = {
  aws_cloudfront_distribution: {
    cfn: 'AWS::CloudFront::Distribution',
    spec: {
      enabled: { to: 'DistributionConfig.Enabled', as: bool },
      comment: 'DistributionConfig.Comment',
      aliases: 'DistributionConfig.Aliases',
      default_root_object: 'DistributionConfig.DefaultRootObject',
      http_version: 'DistributionConfig.HttpVersion',
      is_ipv6_enabled: { to: 'DistributionConfig.IPV6Enabled', as: bool },
      price_class: 'DistributionConfig.PriceClass',
      web_acl_id: 'DistributionConfig.WebACLId',
      origin: {
        to: 'DistributionConfig.Origins',
        list: true,
        block: {
          origin_id: 'Id',
          domain_name: 'DomainName',
          origin_path: 'OriginPath',
          origin_access_control_id: 'OriginAccessControlId',
          s3_origin_config: { block: { origin_access_identity: 'S3OriginConfig.OriginAccessIdentity' } },
          custom_origin_config: {
            to: 'CustomOriginConfig',
            block: {
              http_port: { to: 'HTTPPort', as: num },
              https_port: { to: 'HTTPSPort', as: num },
              origin_protocol_policy: 'OriginProtocolPolicy',
              origin_ssl_protocols: 'OriginSSLProtocols',
              origin_keepalive_timeout: { to: 'OriginKeepaliveTimeout', as: num },
              origin_read_timeout: { to: 'OriginReadTimeout', as: num },
            },
          },
        },
      },
      default_cache_behavior: { to: 'DistributionConfig.DefaultCacheBehavior', block: cacheBehavior },
      ordered_cache_behavior: {
        to: 'DistributionConfig.CacheBehaviors',
        list: true,
        block: { ...cacheBehavior, path_pattern: 'PathPattern' },
      },
      viewer_certificate: {
        to: 'DistributionConfig.ViewerCertificate',
        block: {
          acm_certificate_arn: 'AcmCertificateArn',
          iam_certificate_id: 'IamCertificateId',
          cloudfront_default_certificate: { to: 'CloudFrontDefaultCertificate', as: bool },
          minimum_protocol_version: 'MinimumProtocolVersion',
          ssl_support_method: 'SslSupportMethod',
        },
      },
      logging_config: {
        to: 'DistributionConfig.Logging',
        block: { bucket: 'Bucket', prefix: 'Prefix', include_cookies: { to: 'IncludeCookies', as: bool } },
      },
      restrictions: {
        block: {
          geo_restriction: {
            to: 'DistributionConfig.Restrictions.GeoRestriction',
            block: { restriction_type: 'RestrictionType', locations: 'Locations' },
          },
        },
      },
    },
  },
};
