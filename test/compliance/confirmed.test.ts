import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { complianceOf } from './run.ts';

// Rules whose silence proves nothing (confirms: false) pass a control only when the files show it in place
// (Rule.confirmedIn); their findings fail it as usual; otherwise the control is not checked.

test('a template that defines the CIS root-usage filter and alarm, and a logged trail bucket, passes 4.3 and 3.4', async () => {
  const r = await complianceOf('cis-monitoring-in-place', 'cis');
  assert.is(r.control('4.3').status, 'pass');
  assert.is(r.control('3.4').status, 'pass');
  // the other monitoring controls: nothing in the template shows them
  assert.is(r.control('4.1').status, 'not-checked');
  assert.match(r.control('4.1').reason ?? '', 'cannot tell a missing setup from one made elsewhere');
});

test('a CPU alarm and a trail writing to another stack\'s bucket pass nothing', async () => {
  const r = await complianceOf('cis-monitoring-elsewhere', 'cis');
  for (const id of ['3.4', '4.1', '4.3', '4.15']) assert.is(r.control(id).status, 'not-checked', id);
});

test('a filter that misses events, or a trail bucket without access logging, fails the control', async () => {
  const r = await complianceOf('cis-monitoring-broken', 'cis');
  assert.is(r.control('4.3').status, 'fail');
  assert.equal(r.control('4.3').findings.map((f) => f.ruleId), ['cloudwatch/alarm-root-usage']);
  assert.is(r.control('3.4').status, 'fail');
});

test.run();
