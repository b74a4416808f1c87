import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { metaProblems, type RuleMeta } from '../../src/core/rule-meta.ts';

const meta = (extra: Partial<RuleMeta> = {}): Partial<RuleMeta> => ({ id: 'x/y', title: 't', description: 'd', severity: 'warning', category: 'c', messages: { m: 'm' }, ...extra });

test('metaProblems: complete metadata has none; missing, misnamed and invalid fields are named', () => {
  assert.equal(metaProblems(meta()), []);
  assert.equal(metaProblems(meta({ title: '' })), ['meta.title is missing']);
  assert.equal(metaProblems(meta({ id: 'xy' })), ['meta.id "xy" is not of the form area/name']);
  assert.match(metaProblems(meta({ id: 's3/high-encryption' }))[0], /names a severity/);
  assert.equal(metaProblems(meta({ severity: 'critical' as never })), ['meta.severity "critical" is not error, warning or info']);
});

test('metaProblems: formats lists kinds of file', () => {
  assert.equal(metaProblems(meta({ formats: ['terraform', 'terraform-plan'] })), []);
  assert.match(metaProblems(meta({ formats: ['tf' as never] }))[0], /meta.formats must list kinds of file among cloudformation, iam-policy, terraform, terraform-plan \(not tf\)/);
  assert.match(metaProblems(meta({ formats: [] }))[0], /meta.formats must list/);
  assert.match(metaProblems(meta({ formats: 'terraform' as never }))[0], /\(not terraform\)/);
});

test.run();
