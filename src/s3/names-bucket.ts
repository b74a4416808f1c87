import type { Resource, Unit } from '../model/model.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Value } from '../model/value.ts';
import { field } from '../model/value.ts';
import { referencedResource } from '../iam/referenced-resource.ts';

/**
 * The bucket of the unit a value names: a reference to it (`!Ref Logs`, `!GetAtt Logs.Arn`; in Terraform
 * `aws_s3_bucket.logs.id` or `.bucket`), or its BucketName written the same way. Undefined when it names none.
 */
export function namedBucket(v: Value | undefined, unit: Unit, s: Scenario): Resource | undefined {
  if (v === undefined) return undefined;
  const referenced = referencedResource(v, unit);
  if (referenced) return referenced.type === 'AWS::S3::Bucket' ? referenced : undefined;
  const buckets = unit.resources.filter((r) => r.type === 'AWS::S3::Bucket');
  if (v.kind === 'unknown' && !v.parts) {
    const byAddress = buckets.find((b) => v.symbol.startsWith(`${b.id}.`));
    if (byAddress) return byAddress;
  }
  if (v.kind === 'scalar' && (v.value === null || v.value === '')) return undefined;
  const name = spelling(v);
  return name === undefined ? undefined : buckets.find((b) => spelling(field(b.properties(s), 'BucketName')) === name);
}

/**
 * How a name is written: its text, or for a name only known at deploy time the expression that builds it, so that
 * `!Sub ${AppName}-logs` in a bucket policy names the bucket whose BucketName is that same `!Sub`.
 */
function spelling(v: Value | undefined): string | undefined {
  if (v?.kind === 'scalar') return `=${String(v.value)}`;
  if (v?.kind !== 'unknown') return undefined;
  return v.parts ? `~${JSON.stringify(v.parts)}` : `~${v.symbol}`;
}
