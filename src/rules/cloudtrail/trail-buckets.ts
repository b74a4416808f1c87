import type { Resource, Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { referencedResource } from '../../iam/referenced-resource.ts';

/** A trail that delivers its log files to a bucket of the same template or configuration. */
export interface TrailWriter {
  trail: Resource;
  /** The trail's S3BucketName, where the relation is written. */
  name: Value;
}

/**
 * The bucket of the unit a value names: a `Ref` or `Fn::GetAtt` to it (Terraform references are rewritten that
 * way by the mapping), or a literal equal to a bucket's known BucketName. Undefined when it names none, or a
 * bucket only known at deploy time.
 */
export function bucketNamed(v: Value | undefined, unit: Unit, s: Scenario): Resource | undefined {
  const referenced = referencedResource(v, unit);
  if (referenced) return referenced.type === 'AWS::S3::Bucket' ? referenced : undefined;
  if (v?.kind !== 'scalar' || typeof v.value !== 'string' || v.value === '') return undefined;
  const name = v.value.replace(/^arn:[^:]+:s3:::/, '');
  return unit.resources.find((r) => {
    if (r.type !== 'AWS::S3::Bucket') return false;
    const n = field(r.properties(s), 'BucketName');
    return n?.kind === 'scalar' && n.value === name;
  });
}

/** The trails of the unit that write to `bucket`. */
export function trailsWritingTo(bucket: Resource, unit: Unit, s: Scenario): TrailWriter[] {
  const out: TrailWriter[] = [];
  for (const trail of unit.resources) {
    if (trail.type !== 'AWS::CloudTrail::Trail') continue;
    const name = field(trail.properties(s), 'S3BucketName');
    if (name && bucketNamed(name, unit, s) === bucket) out.push({ trail, name });
  }
  return out;
}

/** `trail Main` or `trails Main, Org` for messages. */
export function trailsLabel(writers: TrailWriter[]): string {
  return `${writers.length === 1 ? 'trail' : 'trails'} ${writers.map((w) => w.trail.id).join(', ')}`;
}
