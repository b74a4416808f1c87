import type { PolicyDocument, PolicyKind, Resource } from '../../../model/model.ts';
import { memoByScenario } from '../../../model/memo-by-scenario.ts';
import { firstBranch } from '../../../model/scenario.ts';
import type { Value } from '../../../model/value.ts';
import { field } from '../../../model/value.ts';
import type { TfInstance } from '../instance.ts';
import { absolute, baseAddress } from './address.ts';

/**
 * `data "aws_iam_policy_document"` blocks that no resource of the configuration reads: handed to a module that is
 * not on disk, to an output, or written for later. Checked on their own, as a standalone policy file is, so a
 * document is never left unchecked; one that a resource reads is checked there, once.
 */
export function standaloneDocuments(instances: TfInstance[]): PolicyDocument[] {
  const read = new Set<string>();
  for (const i of instances) for (const r of i.references) read.add(baseAddress(stripAttribute(absolute(r, i))));
  return instances
    .filter((i) => i.mode === 'data' && i.type === 'aws_iam_policy_document' && !read.has(baseAddress(i.address)))
    .map((i) => {
      const document = memoByScenario((s) => field(i.attributes(s), 'json'));
      // The data source is named as the holder, so findings say which block; it is not a resource of the model.
      const owner: Resource = { provider: 'terraform', type: i.type, id: i.address, file: i.file, path: i.path, propertiesPath: i.path, references: new Set(), properties: (s) => i.attributes(s) };
      return { kind: kindOf(document(firstBranch)), owner, name: i.address, file: i.file, path: i.path, document };
    });
}

/** `data.aws_iam_policy_document.p.json` → `data.aws_iam_policy_document.p`. */
function stripAttribute(ref: string): string {
  return /^((?:module\.[^.[\]]+(?:\[[^\]]*\])?\.)*data\.[\w-]+\.[\w-]+(?:\[[^\]]*\])?)/.exec(ref)?.[1] ?? ref;
}

/**
 * The kind of a document by its content, as for a standalone policy file: statements with a principal make a
 * resource policy, or a trust policy when they only allow assuming a role; without one, an identity policy.
 */
function kindOf(doc: Value | undefined): PolicyKind {
  const st = field(doc, 'Statement');
  const statements = st?.kind === 'list' ? st.items : st ? [st] : [];
  const withPrincipal = statements.filter((s) => field(s, 'Principal') || field(s, 'NotPrincipal'));
  if (withPrincipal.length === 0) return 'identity';
  const actions = withPrincipal.flatMap((s) => {
    const a = field(s, 'Action');
    return a?.kind === 'list' ? a.items : a ? [a] : [];
  });
  const assumeOnly = actions.length > 0 && actions.every((a) => a.kind === 'scalar' && /^sts:(AssumeRole\w*|TagSession|SetSourceIdentity|SetContext)$/i.test(String(a.value)));
  return assumeOnly ? 'trust' : 'resource';
}
