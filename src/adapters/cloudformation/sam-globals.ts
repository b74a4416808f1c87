import { get } from '../../parse/node.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { Value } from '../../model/value.ts';
import { ABSENT, resolve } from './resolve.ts';
import type { Template } from './template.ts';

/** The section of a SAM template's Globals that applies to each resource type. */
const SECTION_OF: Record<string, string> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
  'AWS::Serverless::LayerVersion': 'LayerVersion',
};

/**
 * A SAM resource's properties as the transform will see them: its Globals section merged under its own
 * properties. Without this, a function whose tracing or KMS key is set once in Globals would look unset. Values
 * taken from Globals keep their place there, so a finding on one points at the Globals line that set it.
 */
export function withSamGlobals(t: Template, type: string, own: Value | undefined, s: Scenario): Value | undefined {
  const section = SECTION_OF[type];
  if (!section) return own;
  const node = get(get(t.root, 'Globals'), section);
  if (!node) return own;
  const globals = resolve(t, node, ['Globals', section], s);
  if (globals === ABSENT) return own;
  return merged(globals, own);
}

/**
 * SAM's rules: the resource's value wins over a global one, maps merge key by key, lists add up (global items
 * first). A value written as an intrinsic function counts as a plain value: the resource's replaces the global.
 */
function merged(global: Value, own: Value | undefined): Value {
  if (own === undefined) return global;
  if (global.kind === 'object' && own.kind === 'object') {
    const entries = new Map(global.entries);
    for (const [k, v] of own.entries) entries.set(k, global.entries.has(k) ? merged(global.entries.get(k)!, v) : v);
    return { ...own, entries };
  }
  if (global.kind === 'list' && own.kind === 'list') return { ...own, items: [...global.items, ...own.items] };
  return own;
}
