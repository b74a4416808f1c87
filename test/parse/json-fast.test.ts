import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readPlainJson } from '../../src/parse/json-fast.ts';
import { parseJson } from '../../src/parse/json.ts';
import { LineIndex } from '../../src/parse/lines.ts';
import { templateFiles } from './corpus-files.ts';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const ROOT = join(import.meta.dirname, '..', '..');

/** Every .json file of the shared corpus and of our own fixtures. */
function jsonFiles(): string[] {
  const dirs = [SHARED, join(ROOT, 'policies'), join(ROOT, 'src', 'rules'), join(ROOT, 'test', 'fixtures'), join(ROOT, 'examples')];
  return dirs.flatMap((d) => templateFiles(d)).filter((f) => /\.json$/i.test(f));
}

test('the fast reader and jsonc-parser give the same document for every JSON file of the corpus and fixtures', () => {
  let fast = 0;
  let all = 0;
  for (const file of jsonFiles()) {
    const text = readFileSync(file, 'utf8');
    all++;
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (readPlainJson(body, text.length - body.length, new LineIndex(text))) fast++;
    const careful = parseJson(file, text, { careful: true });
    const quick = parseJson(file, text);
    assert.equal(quick, careful, file);
  }
  assert.ok(all > 1000, `only ${all} JSON files found`);
  // Nearly all of them are plain JSON: otherwise the fast path would not be worth having.
  assert.ok(fast / all > 0.95, `the fast reader took ${fast} of ${all} files`);
});

const CASES: [string, string][] = [
  ['duplicate keys, nested', '{"a": {"b": 1, "b": 2}, "a": [1, {"c": true, "c": null}]}'],
  ['escapes and unicode', '{"s": "a\\"b\\\\c\\/d\\u00e9\\n", "é": "ü", "emoji": "\\ud83d\\ude00"}'],
  ['numbers as written', '{"n": [0, -1, 1.5, 1e3, -2.5E-3, 012, 9007199254740993, 1e400]}'],
  ['CRLF and a BOM', '\ufeff{\r\n  "Resources": {\r\n    "B": { "Type": "AWS::S3::Bucket" }\r\n  }\r\n}\r\n'],
  ['empty containers', '{"a": {}, "b": [], "c": [[], {}]}'],
  ['a top-level array', '[1, "two", false]'],
  ['trailing comma', '{"a": 1,}'],
  ['comment', '{"a": 1 /* no */}'],
  ['single quotes', "{'a': 1}"],
  ['control character in a string', '{"a": "x\u0001y"}'],
  ['bad escape', '{"a": "\\x41"}'],
  ['unterminated', '{"a": [1, 2'],
  ['garbage after', '{"a": 1} x'],
  ['number glued to a word', '{"a": 12abc}'],
  ['non-breaking space between tokens', '{"a":\u00a01}'],
  ['missing colon', '{"a" 1}'],
  ['TRUE', '{"a": TRUE}'],
];

test('the fast reader agrees with jsonc-parser on each construct, and leaves every error to it', () => {
  for (const [name, text] of CASES) assert.equal(parseJson('t.json', text), parseJson('t.json', text, { careful: true }), name);
});

test('the fast reader declines what is not plain strict JSON', () => {
  const declines = (text: string) => readPlainJson(text, 0, new LineIndex(text)) === undefined;
  for (const text of ['{"a": 1,}', '{"a": 1 // c\n}', "{'a': 1}", '{"a": "\\x41"}', '{"a":\u00a01}', '{"a": 1} x', '[01]', '{"a": tru}']) assert.ok(declines(text), text);
  assert.not.ok(declines('{"a": [1, {"b": "c"}]}'));
  const deep = '['.repeat(600) + ']'.repeat(600);
  assert.ok(declines(deep), 'nesting past the limit is left to the careful path, which reports it');
});

test.run();
