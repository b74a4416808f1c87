import type { FileKind } from '../core/finding.ts';
import type { Node } from '../parse/node.ts';
import { get, toJS } from '../parse/node.ts';

/** Decides what a parsed file is from its content, never its name. */
export function kindOf(root: Node | undefined): FileKind {
  if (root?.kind !== 'map') return 'unknown';
  if (isTerraformPlan(root)) return 'terraform-plan';
  if (get(root, 'AWSTemplateFormatVersion')) return 'cloudformation';
  const resources = get(root, 'Resources');
  if (resources?.kind === 'map' && resources.entries.length > 0) {
    const typed = resources.entries.some((e) => {
      const t = get(e.value, 'Type');
      return t?.kind === 'scalar' && /^(AWS|Alexa|Custom)::|^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$/.test(String(t.value));
    });
    if (typed) return 'cloudformation';
  }
  const transform = get(root, 'Transform');
  if (transform && /AWS::Serverless/.test(JSON.stringify(toJS(transform)))) return 'cloudformation';
  if (get(root, 'Statement') && (get(root, 'Version') || isStatementish(get(root, 'Statement')))) return 'iam-policy';
  // A policy's Version is one of two dates; with it, a document missing its statements is still a policy to fix.
  const version = get(root, 'Version');
  if (version?.kind === 'scalar' && (version.value === '2012-10-17' || version.value === '2008-10-17')) return 'iam-policy';
  return 'unknown';
}

/** `terraform show -json`: a format version with planned values, changes or the configuration (older plans may lack the version). */
function isTerraformPlan(root: Node): boolean {
  const parts = ['planned_values', 'resource_changes', 'configuration'].filter((k) => get(root, k)?.kind === 'map' || get(root, k)?.kind === 'seq');
  return get(root, 'format_version') ? parts.length > 0 : parts.includes('planned_values') && parts.length > 1;
}

function isStatementish(st: Node | undefined): boolean {
  const first = st?.kind === 'seq' ? st.items[0] : st;
  return !!get(first, 'Effect');
}
