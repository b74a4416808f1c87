import type { Resource, Unit } from '../../model/model.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import { namedBucket } from '../../s3/names-bucket.ts';

/** A trail that delivers its log files to a bucket of the same template or configuration. */
export interface TrailWriter {
  trail: Resource;
  /** The trail's S3BucketName, where the relation is written. */
  name: Value;
}

/** The trails of the unit that write to `bucket`. */
export function trailsWritingTo(bucket: Resource, unit: Unit, s: Scenario): TrailWriter[] {
  const out: TrailWriter[] = [];
  for (const trail of unit.resources) {
    if (trail.type !== 'AWS::CloudTrail::Trail') continue;
    const name = field(trail.properties(s), 'S3BucketName');
    if (name && namedBucket(name, unit, s) === bucket) out.push({ trail, name });
  }
  return out;
}

/** `trail Main` or `trails Main, Org` for messages. */
export function trailsLabel(writers: TrailWriter[]): string {
  return `${writers.length === 1 ? 'trail' : 'trails'} ${writers.map((w) => w.trail.id).join(', ')}`;
}
