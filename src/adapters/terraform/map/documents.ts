import type { Path } from '../../../core/range.ts';
import type { PolicyDocument, PolicyKind, Resource } from '../../../model/model.ts';
import { memoByScenario } from '../../../model/memo-by-scenario.ts';
import type { Scenario } from '../../../model/scenario.ts';
import { firstBranch } from '../../../model/scenario.ts';
import type { Value } from '../../../model/value.ts';
import { lambdaPermissionDocument } from '../../cloudformation/lambda-permission.ts';
import { POLICY_LOCATIONS } from '../../cloudformation/policy-locations.ts';
import type { TfInstance } from '../instance.ts';
import { json } from './convert.ts';
import type { TfDocument } from './types.ts';
import { attr } from './values.ts';

/**
 * The policy documents of a mapped resource, where CloudFormation keeps them for its type: the same list the
 * CloudFormation adapter reads, so a role's trust policy or a key policy is found whichever tool wrote it.
 * Which documents exist (how many inline policies) is read from the first reading of the configuration.
 */
export function locatedDocuments(r: Resource, inst: TfInstance): PolicyDocument[] {
  const out: PolicyDocument[] = [];
  if (r.type === 'AWS::Lambda::Permission') {
    out.push({
      kind: 'resource',
      owner: r,
      name: `${r.id} (Lambda permission)`,
      file: r.file,
      path: r.propertiesPath,
      document: memoByScenario((s) => lambdaPermissionDocument(r.properties(s), r.propertiesPath)),
    });
  }
  const locations = POLICY_LOCATIONS[r.type];
  if (!locations) return out;
  const first = r.properties(firstBranch);
  for (const loc of locations) {
    for (const rel of expand(first, loc.path, [])) {
      const at = valueAt(first, rel)!;
      out.push(documentOf(r, inst, loc.kind, at, (s) => valueAt(r.properties(s), rel), rel));
    }
  }
  return out;
}

/** Documents held in Terraform attributes (a queue's `policy`), owned by the resource `r` mapped from `inst`. */
export function attributeDocuments(r: Resource, inst: TfInstance, docs: TfDocument[]): PolicyDocument[] {
  const first = inst.attributes(firstBranch);
  return docs.flatMap((d) => {
    const at = first.kind === 'object' ? first.entries.get(d.attr) : undefined;
    return at ? [documentOf(r, inst, d.kind, at, (s) => attr(inst.attributes(s), d.attr), [d.attr])] : [];
  });
}

function documentOf(r: Resource, inst: TfInstance, kind: PolicyKind, at: Value, read: (s: Scenario) => Value | undefined, rel: Path): PolicyDocument {
  return {
    kind,
    owner: r,
    name: `${r.id}.${label(inst, at.path, rel)}`,
    file: at.file ?? r.file,
    path: at.path,
    document: memoByScenario((s) => asDocument(read(s))),
  };
}

/**
 * A policy written as a JSON string (a heredoc, a string literal, a plan's rendered policy) is read where it
 * stands, with the unknown parts of a partly known one (`${aws_s3_bucket.b.arn}/*`) kept in their strings;
 * jsonencode() and aws_iam_policy_document already give the document's structure.
 */
function asDocument(v: Value | undefined): Value | undefined {
  return v && json(v);
}

/** `inline_policy[0].policy` when the document stands in the resource's block, else the CloudFormation path. */
function label(inst: TfInstance, path: Path, rel: Path): string {
  const inside = path.length > inst.path.length && inst.path.every((k, i) => path[i] === k) ? path.slice(inst.path.length) : rel;
  return inside.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('.').replace(/\.\[/g, '[');
}

function expand(v: Value | undefined, pattern: string[], rel: Path): Path[] {
  if (!v) return [];
  if (pattern.length === 0) return [rel];
  const [head, ...rest] = pattern;
  if (head === '*') return v.kind === 'list' ? v.items.flatMap((item, i) => expand(item, rest, [...rel, i])) : [];
  return expand(v.kind === 'object' ? v.entries.get(head) : undefined, rest, [...rel, head]);
}

function valueAt(v: Value | undefined, rel: Path): Value | undefined {
  for (const k of rel) {
    if (!v) return undefined;
    v = typeof k === 'number' ? (v.kind === 'list' ? v.items[k] : undefined) : v.kind === 'object' ? v.entries.get(k) : undefined;
  }
  return v;
}
