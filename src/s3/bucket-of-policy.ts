import type { PolicyDocument, Resource, Unit } from '../model/model.ts';
import type { Scenario } from '../model/scenario.ts';
import { field } from '../model/value.ts';
import { namedBucket } from './names-bucket.ts';

/**
 * The bucket a bucket policy applies to: the bucket that holds it (a Terraform `policy` attribute), or the one the
 * AWS::S3::BucketPolicy's Bucket names; 'elsewhere' for a bucket outside the unit, undefined for any other document.
 */
export function bucketOfPolicy(doc: PolicyDocument, unit: Unit, s: Scenario): Resource | 'elsewhere' | undefined {
  const owner = doc.owner;
  if (doc.kind !== 'resource' || !owner) return undefined;
  if (owner.type === 'AWS::S3::Bucket') return owner;
  if (owner.type !== 'AWS::S3::BucketPolicy') return undefined;
  return namedBucket(field(owner.properties(s), 'Bucket'), unit, s) ?? 'elsewhere';
}
