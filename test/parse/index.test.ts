import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { binaryDocument, parseDocument, sniffBinary } from '../../src/parse/index.ts';
import { toJS } from '../../src/parse/node.ts';
import { noise, onlyParseError } from './helpers.ts';

test('JSON when the text starts with { or [, YAML otherwise', () => {
  assert.is(parseDocument('t', '{"a": 1}').format, 'json');
  assert.is(parseDocument('t', '\uFEFF \r\n [1]').format, 'json');
  assert.is(parseDocument('t', 'a: 1').format, 'yaml');
  assert.is(parseDocument('t', '# {\na: 1').format, 'yaml');
  assert.is(parseDocument('t', '').format, 'yaml');
  assert.equal(toJS(parseDocument('t.template', '\n\n{"Resources": {}}').root!), { Resources: {} });
});

test('YAML written in flow style gets the JSON error', () => {
  const p = onlyParseError(parseDocument('t.yaml', '{Resources: {}}'));
  assert.match(p.message, /need double quotes/);
});

test('empty input', () => {
  assert.is(onlyParseError(parseDocument('t', '')).message, 'empty file');
  assert.is(onlyParseError(parseDocument('t', ' \n')).message, 'empty file');
});

test('sniffBinary: NUL bytes and undecodable bytes are binary, UTF-8 text is not', () => {
  assert.is(sniffBinary(Buffer.from('a: 1\n')), false);
  assert.is(sniffBinary(Buffer.from('Description: "Grüße, 日本語, 😀"\n'.repeat(500))), false);
  assert.is(sniffBinary(Buffer.from('\uFEFF{"a": 1}')), false);
  assert.is(sniffBinary(Buffer.alloc(0)), false);
  assert.is(sniffBinary(Buffer.from('a: 1\n\0')), true);
  assert.is(sniffBinary(noise(4096)), true);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  assert.is(sniffBinary(png), true);
  const latin1 = Buffer.from('# caf\xe9\n' + 'a: 1\n'.repeat(100), 'latin1');
  assert.is(sniffBinary(latin1), false, 'a stray Latin-1 byte is not binary');
  assert.is(sniffBinary(Buffer.from('x'.repeat(100) + '\xff\xfe'.repeat(20), 'latin1')), true);
});

test('sniffBinary: a multi-byte character cut by the 8 KB sample is still text', () => {
  const text = Buffer.from('a'.repeat(8191) + '€');
  assert.is(sniffBinary(text), false);
});

test('binaryDocument: a parse-error without parsing', () => {
  const doc = binaryDocument('logo.png');
  assert.is(onlyParseError(doc).message, 'binary file');
  assert.is(doc.file, 'logo.png');
});

test.run();
