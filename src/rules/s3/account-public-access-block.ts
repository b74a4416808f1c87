import type { Rule } from '../../engine/rule.ts';
import { field } from '../../model/value.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['aws_s3_account_public_access_block']);

/** The account-wide settings, which Terraform sets as false when they are left out. */
const SETTINGS = ['block_public_acls', 'ignore_public_acls', 'block_public_policy', 'restrict_public_buckets'];

/**
 * CloudFormation has no resource for the account's Block Public Access settings; Terraform has
 * aws_s3_account_public_access_block, which no CloudFormation type maps onto, so it is read as Terraform writes it.
 */
export const accountPublicAccessBlock: Rule = {
  meta: {
    id: 's3/account-public-access-block',
    title: "The account's S3 Block Public Access settings are all on",
    description:
      'The account-level Block Public Access settings apply to every bucket and access point of the account, existing and ' +
      'future, whatever their own settings say: with all four on, no ACL and no bucket policy can make data public, however ' +
      'a bucket is configured later. An aws_s3_account_public_access_block that leaves a setting out (Terraform then sets ' +
      'it false) or sets it false removes that guard rail for the whole account. Accounts that host public buckets on ' +
      'purpose are better split: keep them in an account of their own and the rest of the organisation locked.',
    severity: 'warning',
    category: 'public-access',
    messages: {
      off: 'The account-level S3 Block Public Access of {{resource}} leaves {{setting}} off',
    },
    fix: 'Set block_public_acls, ignore_public_acls, block_public_policy and restrict_public_buckets to true.',
    references: {
      checkov: ['CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'],
      urls: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html'],
    },
    recommended: true,
    // CloudFormation has no resource for the account's public access block.
    formats: ['terraform', 'terraform-plan'],
    source: 'src/rules/s3/account-public-access-block.ts',
  },
  examples: {
    terraform: `resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(r) {
        if (r.type !== 'aws_s3_account_public_access_block') return;
        const attrs = r.properties(context.scenario);
        if (attrs === undefined || attrs.kind === 'unknown') return;
        for (const setting of SETTINGS) {
          const v = field(attrs, setting);
          if (v?.kind === 'unknown') continue;
          if (v?.kind === 'scalar' && String(v.value).toLowerCase() === 'true') continue;
          context.report({ messageId: 'off', data: { resource: r.id, setting }, path: v?.path ?? r.propertiesPath, resource: r.id, ...(v?.via ? { related: v.via } : {}) });
          return;
        }
      },
    };
  },
};
