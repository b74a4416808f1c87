import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAPPINGS } from '../../src/adapters/terraform/map/registry.ts';
import type { Spec } from '../../src/adapters/terraform/map/reshape.ts';
import { resourceTypes } from '../../src/policies/resource-types.ts';

// A misspelt property in a mapping would be a policy that silently never sees the Terraform attribute.
const topLevel = (spec: Spec): string[] =>
  Object.values(spec).flatMap((r) => (typeof r === 'string' ? [r] : 'block' in r ? (r.to ? [r.to] : topLevel(r.block)) : [r.to])).map((p) => p.split('.')[0]);

for (const [tfType, m] of Object.entries(MAPPINGS)) {
  test(`${tfType} → ${m.cfn}: every property it sets exists`, () => {
    const known = resourceTypes().get(m.cfn);
    assert.ok(known, `${m.cfn} is not a CloudFormation type`);
    const props = [...topLevel(m.spec), ...(m.merges ?? []).flatMap((x) => topLevel(x.spec)), ...Object.keys(m.refs ?? {})];
    assert.equal(props.filter((p) => !known!.has(p)), []);
  });
}

test.run();
