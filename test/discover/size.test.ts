import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sizeWarning } from '../../src/discover/size.ts';

const MB = 1024 * 1024;

test('megabytes, with a whole limit shown without decimals', () => {
  assert.is(sizeWarning(Math.round(12.3 * MB), 10 * MB), 'skipped: 12.3 MB is over the 10 MB limit (maxFileSize)');
});

test('small limits in KB and bytes', () => {
  assert.is(sizeWarning(2048, 1000), 'skipped: 2 KB is over the 1000 bytes limit (maxFileSize)');
});

test('sizes that round alike are shown exactly', () => {
  assert.is(sizeWarning(10 * MB + 1, 10 * MB), `skipped: ${10 * MB + 1} bytes is over the ${10 * MB} bytes limit (maxFileSize)`);
});

test.run();
