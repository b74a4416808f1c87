import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as yamlParse, type ScalarTag, type CollectionTag, type YAMLMap, type YAMLSeq } from 'yaml';
import type { SourceDocument } from '../../src/parse/document.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { LineIndex } from '../../src/parse/lines.ts';
import { toJS, type Node } from '../../src/parse/node.ts';
import { CORPUS, templateFiles } from './corpus-files.ts';

/** Files of the corpus that are not single CloudFormation documents, and the problem they must give. */
const EXPECTED_PARSE_ERRORS: Record<string, RegExp> = {
  // a Kubernetes manifest: several YAML documents
  'EKS/manifest.yml': /single YAML document/,
};

// An independent reading of the short forms, through yaml's own custom tags, to cross-check our tree.
const SHORT = [
  ...'Ref Condition And Base64 Cidr Equals FindInMap GetAZs GetAtt If ImportValue Join Length Not Or Select Split'.split(' '),
  ...'Sub ToJsonString Transform Contains EachMemberEquals EachMemberIn RefAll ValueOf ValueOfAll'.split(' '),
];
const REFERENCE_TAGS = SHORT.flatMap((name): (ScalarTag | CollectionTag)[] => {
  const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
  const tag = `!${name}`;
  const wrap = (v: unknown) => ({ [key]: v });
  const getAtt = (s: string) => {
    const dot = s.indexOf('.');
    return dot < 0 ? [s] : [s.slice(0, dot), s.slice(dot + 1)];
  };
  return [
    { tag, resolve: (s: string) => wrap(name === 'GetAtt' ? getAtt(s) : s) },
    { tag, collection: 'seq', resolve: (seq: YAMLSeq.Parsed | YAMLMap.Parsed) => wrap(seq.toJSON()) } as CollectionTag,
    { tag, collection: 'map', resolve: (map: YAMLSeq.Parsed | YAMLMap.Parsed) => wrap(map.toJSON()) } as CollectionTag,
  ];
});

function reference(doc: SourceDocument): unknown {
  if (doc.format === 'json') return JSON.parse(doc.text.replace(/^\uFEFF/, ''));
  return yamlParse(doc.text, { customTags: REFERENCE_TAGS, merge: true, uniqueKeys: false, maxAliasCount: -1 });
}

/** Our number rules keep some numbers as text (account ids with leading zeros, huge integers); so does this. */
function normalise(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) || !Number.isInteger(v) ? v : String(v);
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalise(x)]));
  return v;
}

/**
 * Checks every key range against the text: a JSON key range holds the quoted key, a YAML one the key (quoted or
 * not) or, for short forms, the tag. Returns the first mismatch.
 */
function badKeyRange(doc: SourceDocument): string | undefined {
  const lines = new LineIndex(doc.text);
  const stack: Node[] = [doc.root!];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === 'seq') stack.push(...n.items);
    if (n.kind !== 'map') continue;
    for (const e of n.entries) {
      stack.push(e.value);
      const written = doc.text.slice(lines.offset(e.keyRange.start), lines.offset(e.keyRange.end));
      const ok =
        doc.format === 'json'
          ? JSON.parse(written) === e.key
          : n.shortTag
            ? written === n.shortTag
            : written === e.key || written.slice(1, -1) === e.key;
      if (!ok) return `${e.key} at ${e.keyRange.start.line}:${e.keyRange.start.column} reads ${JSON.stringify(written)}`;
    }
  }
  return undefined;
}

test('every template of the corpus parses, with problems only where expected', () => {
  if (!existsSync(CORPUS)) {
    console.log(`corpus not found at ${CORPUS}: skipped`);
    return;
  }
  const files = templateFiles(CORPUS);
  assert.ok(files.length > 100, `only ${files.length} files`);
  const unexpected: string[] = [];
  const mismatched: string[] = [];
  for (const file of files) {
    const name = relative(CORPUS, file);
    const doc = parseDocument(name, readFileSync(file, 'utf8'));
    for (const p of doc.problems) {
      const where = `${name}:${p.range.start.line}:${p.range.start.column} ${p.ruleId} ${p.message}`;
      if (p.ruleId !== 'parse/unknown-tag') console.log(`  ${where}`);
      const expected =
        (p.ruleId === 'parse/unknown-tag' && /^Unknown tag !Rain::/.test(p.message)) ||
        (p.ruleId === 'parse-error' && EXPECTED_PARSE_ERRORS[name]?.test(p.message));
      if (!expected) unexpected.push(where);
    }
    if (!doc.root) continue;
    const bad = badKeyRange(doc);
    if (bad) mismatched.push(`${name}: key range of ${bad}`);
    if (doc.problems.length) continue;
    try {
      assert.equal(normalise(toJS(doc.root)), normalise(reference(doc)));
    } catch {
      mismatched.push(`${name}: tree differs from the reference reading`);
    }
  }
  assert.equal(unexpected, [], 'unexpected problems');
  assert.equal(mismatched, [], 'key ranges or trees that are wrong');
});

test.run();
