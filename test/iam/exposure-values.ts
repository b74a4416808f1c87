import * as assert from 'uvu/assert';
import { nodeToValue } from '../../src/adapters/iam/node-value.ts';
import type { Value } from '../../src/model/value.ts';
import { parseDocument } from '../../src/parse/index.ts';

/** A value read from a YAML or JSON snippet (`V: ...`), as the IAM adapter gives it. */
export function val(yaml: string): Value {
  const doc = parseDocument('v.yaml', `V: ${yaml}\n`);
  assert.equal(doc.problems, [], yaml);
  const root = nodeToValue(doc.root!, []);
  return root.kind === 'object' ? root.entries.get('V')! : root;
}
