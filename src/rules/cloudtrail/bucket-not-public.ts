import type { Rule } from '../../engine/rule.ts';
import type { PolicyDocument, Resource, Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value, Via } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { accessSummary } from '../../iam/access-summary.ts';
import { publicStatements } from '../../iam/public-statements.ts';
import type { TrailWriter } from './trail-buckets.ts';
import { namedBucket } from '../../s3/names-bucket.ts';
import { trailsLabel, trailsWritingTo } from './trail-buckets.ts';

/** The only resource types the resource visitor looks at: the engine visits no others. */
const TYPES: ReadonlySet<string> = new Set(['AWS::S3::Bucket']);

/** Canned ACLs that grant to everyone (AllUsers) or to every AWS account (AuthenticatedUsers). */
const PUBLIC_ACLS = new Set(['PublicRead', 'PublicReadWrite', 'AuthenticatedRead']);

export const bucketNotPublic: Rule = {
  meta: {
    id: 'cloudtrail/bucket-not-public',
    title: 'The bucket that receives CloudTrail logs is not public',
    description:
      'Trail logs list every API call of the account: who works there, from which addresses, which resources exist and how ' +
      'they are configured, which calls are denied. A public trail bucket hands that map to anyone. Public read can be a ' +
      'deliberate choice for other buckets (a website), which iam/public-read-access reports as a warning; for a trail ' +
      'bucket it never is, so this rule reports it as an error: a canned ACL for AllUsers or AuthenticatedUsers ' +
      '(PublicRead, PublicReadWrite, AuthenticatedRead) that IgnorePublicAcls does not neutralise, or a bucket policy statement ' +
      'that opens any action to everyone, unless RestrictPublicBuckets is on. The rule follows each trail\'s S3BucketName to a ' +
      'bucket of the same template or Terraform configuration; a bucket defined elsewhere is not judged.',
    severity: 'error',
    category: 'public-access',
    messages: {
      acl: 'Bucket {{bucket}} receives the log files of CloudTrail {{trails}} and its ACL {{acl}} makes them public',
      policy: '{{statement}} of the policy of bucket {{bucket}} gives everyone {{actions}}, and the bucket receives the log files of CloudTrail {{trails}}',
    },
    fix:
      'Remove the public ACL and the public statements, and turn on the four settings of PublicAccessBlockConfiguration ' +
      '(aws_s3_bucket_public_access_block in Terraform). CloudTrail needs only s3:GetBucketAcl and s3:PutObject for the ' +
      'cloudtrail.amazonaws.com service principal, with aws:SourceArn naming the trail.',
    references: {
      wellArchitected: ['SEC03', 'SEC04'],
      kics: ['CloudTrail Log Files S3 Bucket is Publicly Accessible'],
      urls: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html'],
    },
    recommended: true,
    source: 'src/rules/cloudtrail/bucket-not-public.ts',
  },
  examples: {
    cloudformation: `TrailBucket:
  Type: AWS::S3::Bucket
  Properties:
    PublicAccessBlockConfiguration:
      BlockPublicAcls: true
      IgnorePublicAcls: true
      BlockPublicPolicy: true
      RestrictPublicBuckets: true
TrailBucketPolicy:
  Type: AWS::S3::BucketPolicy
  Properties:
    Bucket: !Ref TrailBucket
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal: { Service: cloudtrail.amazonaws.com }
          Action: s3:GetBucketAcl
          Resource: !GetAtt TrailBucket.Arn
        - Effect: Allow
          Principal: { Service: cloudtrail.amazonaws.com }
          Action: s3:PutObject
          Resource: !Sub \${TrailBucket.Arn}/AWSLogs/\${AWS::AccountId}/*
Trail:
  Type: AWS::CloudTrail::Trail
  DependsOn: TrailBucketPolicy
  Properties:
    IsLogging: true
    S3BucketName: !Ref TrailBucket
`,
    terraform: `resource "aws_s3_bucket" "trail" {
  bucket = "example-cloudtrail-logs"
}

resource "aws_s3_bucket_public_access_block" "trail" {
  bucket                  = aws_s3_bucket.trail.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}

resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = aws_s3_bucket.trail.id
  is_multi_region_trail = true
}
`,
  },
  create(context) {
    return {
      resourceTypes: TYPES,
      resource(bucket) {
        if (bucket.type !== 'AWS::S3::Bucket') return;
        const s = context.scenario;
        const writers = trailsWritingTo(bucket, context.unit, s);
        if (writers.length === 0) return;
        const props = bucket.properties(s);
        if (props?.kind === 'unknown') return;
        const block = field(props, 'PublicAccessBlockConfiguration');
        const trails = trailsLabel(writers);
        const related = writersRelated(writers, bucket);
        const acl = field(props, 'AccessControl');
        if (acl?.kind === 'scalar' && PUBLIC_ACLS.has(String(acl.value)) && isOff(field(block, 'IgnorePublicAcls'))) {
          context.report({ messageId: 'acl', data: { bucket: bucket.id, trails, acl: String(acl.value) }, path: acl.path, ...fileOf(acl, bucket), resource: bucket.id, related });
        }
        if (!isOff(field(block, 'RestrictPublicBuckets'))) return;
        for (const doc of policiesOf(bucket, context.unit, s)) {
          for (const p of publicStatements(doc, s)) {
            context.report({
              messageId: 'policy',
              data: { statement: p.statement.sid ? `Statement ${p.statement.sid}` : `Statement ${p.statement.index + 1}`, bucket: bucket.id, actions: accessSummary(p.actions), trails },
              path: p.grant.value.path,
              ...(doc.file !== bucket.file ? { file: doc.file } : {}),
              resource: doc.owner?.id ?? bucket.id,
              related,
            });
          }
        }
      },
    };
  },
};

/** A Block Public Access setting that does not protect: absent or false. Unknown protects, as far as we can tell. */
function isOff(v: Value | undefined): boolean {
  return v === undefined || (v.kind === 'scalar' && String(v.value).toLowerCase() === 'false');
}

/** The bucket's policies: a BucketPolicy naming it, or (Terraform) the bucket's own `policy`. */
function policiesOf(bucket: Resource, unit: Unit, s: Scenario): PolicyDocument[] {
  return unit.policies.filter((d) => {
    if (d.kind !== 'resource' || !d.owner) return false;
    if (d.owner === bucket) return true;
    return d.owner.type === 'AWS::S3::BucketPolicy' && namedBucket(field(d.owner.properties(s), 'Bucket'), unit, s) === bucket;
  });
}

function writersRelated(writers: TrailWriter[], bucket: Resource): Via[] {
  return writers.map((w) => ({ message: `trail ${w.trail.id} writes its logs here`, path: w.name.path, ...(w.trail.file !== bucket.file ? { file: w.trail.file } : {}) }));
}

/** A merged Terraform value may stand in another file than the bucket's block. */
function fileOf(v: Value, bucket: Resource): { file?: string } {
  return v.file !== undefined && v.file !== bucket.file ? { file: v.file } : {};
}
