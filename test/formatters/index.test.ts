import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatters, type FormatName } from '../../src/formatters/index.ts';
import { input } from './fixture.ts';

test('every format is registered by name and returns text ending in a newline', () => {
  const names: FormatName[] = ['stylish', 'json', 'sarif'];
  assert.equal(Object.keys(formatters).sort(), [...names].sort());
  for (const name of names) assert.ok(formatters[name](input()).endsWith('\n'), name);
});

test('formatters are pure: same input, same output, input untouched', () => {
  const i = input();
  const before = JSON.stringify(i.report);
  for (const format of Object.values(formatters)) assert.is(format(i), format(i));
  assert.is(JSON.stringify(i.report), before);
});

test.run();
