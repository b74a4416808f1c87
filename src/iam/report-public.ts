import type { RuleContext } from '../engine/rule.ts';
import type { PolicyDocument } from '../model/model.ts';
import type { Via } from '../model/value.ts';
import { field } from '../model/value.ts';
import { bucketOfPolicy } from '../s3/bucket-of-policy.ts';
import { accessSummary } from './access-summary.ts';
import { statementLabel } from './labels.ts';
import type { PublicStatement } from './public-statements.ts';

/** Reports a public statement at its principal (or NotPrincipal), with the actions it opens by access level. */
export function reportPublic(context: RuleContext, doc: PolicyDocument, p: PublicStatement): void {
  const related: Via[] = [...(p.grant.value.via ?? [])];
  // A Lambda permission's condition, or one inside a JSON string, has no place of its own to point at.
  const condition = p.statement.condition;
  if (condition && condition.path.length > p.statement.path.length) related.push({ message: 'this condition does not narrow who can call', path: condition.path });
  const blocked = blockedByBucket(context, doc);
  if (blocked) related.push(blocked.via);
  context.report({
    messageId: p.grant.via === 'notPrincipal' ? 'notprincipalWithAllow' : 'principal',
    data: { statement: statementLabel(doc, p.statement), principal: p.grant.text, actions: accessSummary(p.actions), blocked: blocked ? `; ${blocked.note}` : '' },
    path: p.grant.value.path,
    resource: doc.owner?.id ?? null,
    related,
  });
}

/**
 * What the public access block of the bucket a bucket policy is for does to a public grant, when the bucket is in
 * the unit and the setting is written: BlockPublicPolicy makes S3 refuse the policy (PutBucketPolicy fails, and the
 * deployment with it); RestrictPublicBuckets lets only AWS services and the owner's account use it while it stays
 * on. Either way the grant is still reported: the setting can be turned off, and the grant would then apply.
 */
function blockedByBucket(context: RuleContext, doc: PolicyDocument): { note: string; via: Via } | undefined {
  const bucket = bucketOfPolicy(doc, context.unit, context.scenario);
  if (!bucket || bucket === 'elsewhere') return undefined;
  const block = field(bucket.properties(context.scenario), 'PublicAccessBlockConfiguration');
  const on = (key: string) => {
    const v = field(block, key);
    return v?.kind === 'scalar' && (v.value === true || v.value === 'true') ? v : undefined;
  };
  const file = (v: { file?: string }) => (v.file !== undefined ? { file: v.file } : {});
  const policy = on('BlockPublicPolicy');
  if (policy) {
    return {
      note: `the BlockPublicPolicy of bucket ${bucket.id} makes S3 refuse this policy, so the deployment fails`,
      via: { message: `BlockPublicPolicy of ${bucket.id}: S3 refuses a public bucket policy`, path: policy.path, ...file(policy) },
    };
  }
  const restrict = on('RestrictPublicBuckets');
  if (restrict) {
    return {
      note: `the RestrictPublicBuckets of bucket ${bucket.id} keeps out all but AWS services and the bucket owner's account while it is on`,
      via: { message: `RestrictPublicBuckets of ${bucket.id}: only AWS services and the owner's account may use a public policy`, path: restrict.path, ...file(restrict) },
    };
  }
  return undefined;
}

