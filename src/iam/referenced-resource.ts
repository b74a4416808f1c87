import type { Resource, Unit } from '../model/model.ts';
import type { Value } from '../model/value.ts';

/**
 * The resource of the same unit a deploy-time value stands for: `!Ref Provider`, `!GetAtt Role.Arn`, or a
 * `!Sub ${Role.Arn}` made of that one reference; in Terraform, also a reference by address that the mapping did not
 * rewrite (`aws_iam_openid_connect_provider.github.arn` in a policy document). Undefined for anything else.
 */
export function referencedResource(v: Value | undefined, unit: Unit): Resource | undefined {
  if (v?.kind !== 'unknown') return undefined;
  let symbol = v.symbol;
  if (v.parts) {
    if (v.parts.length !== 1 || typeof v.parts[0] === 'string') return undefined;
    symbol = v.parts[0].symbol;
  }
  const m = /^(?:Ref (\S+)|Fn::GetAtt ([^.\s]+)\.)/.exec(symbol) ?? /^Fn::GetAtt ([^.\s]+)$/.exec(symbol);
  const id = m?.[1] ?? m?.[2];
  if (id === undefined) return /^[\w.[\]"-]+$/.test(symbol) ? unit.resources.find((r) => r.provider === 'terraform' && symbol.startsWith(`${r.id}.`)) : undefined;
  // A Terraform address has dots of its own: `Fn::GetAtt aws_s3_bucket.logs.Arn` names `aws_s3_bucket.logs`.
  const found = unit.resources.find((r) => r.id === id);
  if (found || !symbol.startsWith('Fn::GetAtt ')) return found;
  return unit.resources.find((r) => r.provider === 'terraform' && symbol.startsWith(`Fn::GetAtt ${r.id}.`));
}
