import type { Resource, Unit } from '../model/model.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Value } from '../model/value.ts';
import { field } from '../model/value.ts';
import { referencedResource } from '../iam/referenced-resource.ts';

/**
 * The bucket of the unit a value names: a reference to it (`!Ref Logs`, `!GetAtt Logs.Arn`; in Terraform
 * `aws_s3_bucket.logs.id` or `.bucket`), or its BucketName written out. Undefined when it names none of them.
 */
export function namedBucket(v: Value | undefined, unit: Unit, s: Scenario): Resource | undefined {
  if (v === undefined) return undefined;
  const referenced = referencedResource(v, unit);
  if (referenced) return referenced.type === 'AWS::S3::Bucket' ? referenced : undefined;
  const buckets = unit.resources.filter((r) => r.type === 'AWS::S3::Bucket');
  if (v.kind === 'unknown') return v.parts ? undefined : buckets.find((b) => v.symbol.startsWith(`${b.id}.`));
  if (v.kind !== 'scalar' || v.value === null || v.value === '') return undefined;
  const name = String(v.value);
  return buckets.find((b) => {
    const own = field(b.properties(s), 'BucketName');
    return own?.kind === 'scalar' && String(own.value) === name;
  });
}
