import { test } from 'uvu';
import * as assert from 'uvu/assert';
import data from '../../data/lambda/deprecated-runtimes.json' with { type: 'json' };

// The rule trusts this list: a date in the future or a runtime listed twice would be a finding on a supported runtime.
test('every deprecated runtime has a real date on or before the list\'s asOf, and is listed once', () => {
  assert.match(data.asOf, /^\d{4}-\d{2}-\d{2}$/);
  const seen = new Set<string>();
  for (const r of data.runtimes) {
    assert.match(r.deprecated, /^\d{4}-\d{2}-\d{2}$/, r.runtime);
    assert.ok(!Number.isNaN(Date.parse(r.deprecated)), `${r.runtime}: ${r.deprecated} is not a date`);
    assert.ok(r.deprecated <= data.asOf, `${r.runtime} is only deprecated on ${r.deprecated}, after ${data.asOf}`);
    assert.ok(!seen.has(r.runtime), `${r.runtime} is listed twice`);
    assert.ok(r.name.length > 0, r.runtime);
    seen.add(r.runtime);
  }
});

test.run();
