import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseCliArgs, UsageError } from '../../src/cli/args.ts';

test('--compliance takes a framework name and the format to print it in', () => {
  assert.equal(parseCliArgs(['--compliance', 'cis', '.']).compliance, { framework: 'cis', format: 'stylish' });
  assert.equal(parseCliArgs(['--compliance', 'wa', '-f', 'json']).compliance, { framework: 'wa', format: 'json' });
  assert.is(parseCliArgs(['.']).compliance, undefined);
});

test('--compliance refuses what it cannot do, naming what it can', () => {
  assert.throws(() => parseCliArgs(['--compliance', 'pci']), (e: Error) => e instanceof UsageError && /use one of fsbp, cis, wa/.test(e.message));
  assert.throws(() => parseCliArgs(['--compliance', 'fsbp', '--format', 'sarif']), /stylish or json, not sarif/);
  assert.throws(() => parseCliArgs(['--compliance', 'fsbp', '--max-warnings', '0']), /--max-warnings does not apply/);
});

test.run();
