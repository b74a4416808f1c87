import type { PolicyKind } from '../../model/model.ts';
import type { Node } from '../../parse/node.ts';
import { get } from '../../parse/node.ts';

/**
 * The kind of a standalone policy document, from its content: statements with a Principal make a resource
 * policy, or a trust policy when they only allow assuming a role; without Principal it is an identity policy.
 * An SCP cannot be told apart from an identity policy by content; config can say so.
 */
export function policyKindOf(root: Node): PolicyKind {
  const st = get(root, 'Statement');
  const statements = st?.kind === 'seq' ? st.items : st ? [st] : [];
  const withPrincipal = statements.filter((s) => get(s, 'Principal') || get(s, 'NotPrincipal'));
  if (withPrincipal.length === 0) return 'identity';
  const actions = withPrincipal.flatMap((s) => {
    const a = get(s, 'Action');
    return a?.kind === 'seq' ? a.items : a ? [a] : [];
  });
  const assumeOnly = actions.length > 0 && actions.every((a) => a.kind === 'scalar' && /^sts:(AssumeRole\w*|TagSession|SetSourceIdentity|SetContext)$/i.test(String(a.value)));
  return assumeOnly ? 'trust' : 'resource';
}
