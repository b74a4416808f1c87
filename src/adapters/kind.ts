import type { FileKind } from '../core/finding.ts';
import type { Node } from '../parse/node.ts';
import { get, toJS } from '../parse/node.ts';

/** Decides what a parsed file is from its content, never its name. */
export function kindOf(root: Node | undefined): FileKind {
  if (root?.kind !== 'map') return 'unknown';
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
  return 'unknown';
}

function isStatementish(st: Node | undefined): boolean {
  const first = st?.kind === 'seq' ? st.items[0] : st;
  return !!get(first, 'Effect');
}
