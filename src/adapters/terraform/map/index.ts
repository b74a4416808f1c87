import type { PolicyDocument, Resource } from '../../../model/model.ts';
import { memoByScenario } from '../../../model/memo-by-scenario.ts';
import type { Scenario } from '../../../model/scenario.ts';
import { firstBranch } from '../../../model/scenario.ts';
import type { Value } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { absolute, baseAddress } from './address.ts';
import { attributeDocuments, locatedDocuments } from './documents.ts';
import { Links } from './links.ts';
import { MAPPERS, MERGED_INTO } from './registry.ts';
import { UNMAPPED_DOCUMENTS } from './resource-policies.ts';
import { standaloneDocuments } from './standalone-documents.ts';
import type { MapContext, TfDocument } from './types.ts';
import { attr } from './values.ts';

export interface Mapped {
  resources: Resource[];
  policies: PolicyDocument[];
}

/**
 * Maps the instances of one Terraform configuration onto model resources in CloudFormation's shape, so every
 * policy reads Terraform as it reads templates. Types with no mapping stay in the model under their Terraform
 * type (for TypeScript rules and plugins); data sources are inputs of the evaluation, not resources, except that a
 * policy document no resource reads is checked on its own.
 */
export function mapInstances(instances: TfInstance[]): Mapped {
  const links = new Links(instances);
  const ctx: MapContext = { links };
  const addresses = new Map<string, string[]>();
  // References name resources of the model: data sources are inputs of the evaluation.
  for (const i of instances) if (i.mode === 'managed') addresses.set(baseAddress(i.address), [...(addresses.get(baseAddress(i.address)) ?? []), i.address]);
  const out: Mapped = { resources: [], policies: [] };
  for (const inst of instances) {
    if (inst.mode !== 'managed') continue;
    const references = referencedAddresses(inst, addresses);
    const mapper = MAPPERS[inst.type];
    if (mapper) {
      for (const p of mapper(inst, ctx)) {
        const r = resource(inst, p.type, p.properties, references);
        out.resources.push(r);
        out.policies.push(...locatedDocuments(r, inst), ...attributeDocuments(r, inst, p.documents ?? []));
      }
      continue;
    }
    const r = resource(inst, inst.type, (s) => inst.attributes(s), references);
    const into = mergeTargets(inst, links);
    if (into.length > 0) r.mergedInto = into;
    out.resources.push(r);
    out.policies.push(...attributeDocuments(r, inst, [...(UNMAPPED_DOCUMENTS[inst.type] ?? []), ...unmergedDocuments(inst, links)]));
  }
  out.policies.push(...standaloneDocuments(instances));
  return out;
}

function resource(inst: TfInstance, type: string, properties: (s: Scenario) => Value | undefined, references: Set<string>): Resource {
  return {
    provider: 'terraform',
    type,
    id: inst.address,
    file: inst.file,
    path: inst.path,
    // A missing property is reported at the resource block's header.
    propertiesPath: inst.path,
    references,
    properties: memoByScenario(properties),
    sourceAttributes: memoByScenario((s) => inst.attributes(s)),
  };
}

/**
 * A resource that carries a policy for another (a key policy, a repository policy) is merged into the resource it
 * names; when that resource is not in the configuration, its policy is checked where it stands.
 */
function unmergedDocuments(inst: TfInstance, links: Links): TfDocument[] {
  const out: TfDocument[] = [];
  for (const { target, names, merge } of MERGED_INTO.get(inst.type) ?? []) {
    if (!merge.document) continue;
    const named = links.targets(attr(inst.attributes(firstBranch), merge.via), inst, { types: [target], ...(names ? { names } : {}) }, firstBranch);
    if (named.length === 0) out.push(merge.document);
  }
  return out;
}

/** The addresses of the resources an instance is merged into (its bucket, its role), as the merges link them. */
function mergeTargets(inst: TfInstance, links: Links): string[] {
  const out = new Set<string>();
  for (const { target, names, merge } of MERGED_INTO.get(inst.type) ?? []) {
    for (const t of links.targets(attr(inst.attributes(firstBranch), merge.via), inst, { types: [target], ...(names ? { names } : {}) }, firstBranch)) out.add(t.address);
  }
  return [...out];
}

/** The resources of the configuration an instance refers to, as addresses (every instance of a counted one). */
function referencedAddresses(inst: TfInstance, addresses: Map<string, string[]>): Set<string> {
  const out = new Set<string>();
  for (const ref of inst.references) {
    const abs = absolute(ref, inst);
    const m = /^((?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)*(?:data\.)?[\w-]+\.[\w-]+)(\[[^\]]*\])?/.exec(abs);
    if (!m) continue;
    const exact = m[2] !== undefined ? m[1] + m[2] : undefined;
    for (const a of addresses.get(m[1]) ?? []) if (a !== inst.address && (exact === undefined || a === exact)) out.add(a);
  }
  return out;
}
