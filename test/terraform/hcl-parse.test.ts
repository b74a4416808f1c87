import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Expr, HclAttribute, HclBlock, TemplateExpr } from '../../src/parse/hcl-ast.ts';
import { loadHclParser, parseHcl } from '../../src/parse/hcl.ts';
import { getEntry, nodeAt, toJS } from '../../src/parse/node.ts';
import { locate } from '../../src/parse/document.ts';
import { span } from '../parse/helpers.ts';

test.before(async () => {
  await loadHclParser();
});

const MAIN = [
  'resource "aws_s3_bucket" "logs" {', // 1
  '  bucket = "logs-${var.env}"', // 2
  '  acl    = "private"', // 3
  '  tags   = { Name = "logs", Env = var.env }', // 4
  '', // 5
  '  versioning {', // 6
  '    enabled = true', // 7
  '  }', // 8
  '  versioning {', // 9
  '    mfa_delete = false', // 10
  '  }', // 11
  '}', // 12
  '', // 13
  'locals {', // 14
  '  n = -2', // 15
  '}', // 16
  'locals {', // 17
  '  m = [1, "a", null]', // 18
  '}', // 19
  'provider "aws" {', // 20
  '  region = "eu-west-1"', // 21
  '}', // 22
  'provider "aws" {', // 23
  '  alias = "us"', // 24
  '}', // 25
].join('\n');

test('JSON form: resources by type and name, nested blocks as lists, merged locals, providers as lists', () => {
  const doc = parseHcl('main.tf', MAIN);
  assert.equal(doc.problems, []);
  assert.is(doc.format, 'hcl');
  assert.equal(toJS(doc.root!), {
    resource: {
      aws_s3_bucket: {
        logs: {
          bucket: '"logs-${var.env}"',
          acl: 'private',
          tags: { Name: 'logs', Env: 'var.env' },
          versioning: [{ enabled: true }, { mfa_delete: false }],
        },
      },
    },
    locals: { n: -2, m: [1, 'a', null] },
    provider: { aws: [{ region: 'eu-west-1' }, { alias: 'us' }] },
  });
});

test('ranges: block header as key, block as value, attribute names and expressions', () => {
  const doc = parseHcl('main.tf', MAIN);
  const logs = getEntry(nodeAt(doc.root, ['resource', 'aws_s3_bucket']), 'logs')!;
  assert.is(span(logs.keyRange), '1:1-1:32', 'the header: type and labels');
  assert.is(span(logs.value.range), '1:1-12:2', 'the whole block');
  const bucket = getEntry(logs.value, 'bucket')!;
  assert.is(span(bucket.keyRange), '2:3-2:9');
  assert.is(span(bucket.value.range), '2:12-2:29');
  assert.is(span(getEntry(nodeAt(doc.root, ['resource']), 'aws_s3_bucket')!.keyRange), '1:10-1:25', 'a label, with its quotes');
  assert.is(span(nodeAt(doc.root, ['resource', 'aws_s3_bucket', 'logs', 'versioning', 1])!.range), '9:3-11:4');
  assert.is(span(nodeAt(doc.root, ['resource', 'aws_s3_bucket', 'logs', 'tags', 'Env'])!.range), '4:35-4:42');
  assert.is(span(getEntry(nodeAt(doc.root, ['resource', 'aws_s3_bucket', 'logs', 'tags']), 'Env')!.keyRange), '4:29-4:32');
  assert.is(span(nodeAt(doc.root, ['locals', 'm', 2])!.range), '18:16-18:20');
  // A missing attribute is reported at the block header.
  const missing = locate(doc, ['resource', 'aws_s3_bucket', 'logs', 'logging', 0, 'target_bucket']);
  assert.equal(missing.path, ['resource', 'aws_s3_bucket', 'logs']);
  assert.equal(missing.start, { line: 1, column: 1 });
});

test('the syntax is kept with the path of the node that holds each expression', () => {
  const doc = parseHcl('main.tf', MAIN);
  const block = doc.hcl!.body.items[0] as HclBlock;
  assert.equal(block.path, ['resource', 'aws_s3_bucket', 'logs']);
  assert.equal(block.labels, ['aws_s3_bucket', 'logs']);
  const bucket = block.body.items[0] as HclAttribute;
  assert.equal(bucket.path, ['resource', 'aws_s3_bucket', 'logs', 'bucket']);
  const t = bucket.expr as TemplateExpr;
  assert.is(t.kind, 'template');
  assert.is(t.parts[0], 'logs-');
  const v = t.parts[1] as Expr;
  assert.is(v.kind, 'getattr');
  assert.equal(v.path, ['resource', 'aws_s3_bucket', 'logs', 'bucket'], 'inside a template: the path of the whole');
  const tags = block.body.items[2] as HclAttribute;
  assert.is(tags.expr.kind, 'object');
  if (tags.expr.kind === 'object') assert.equal(tags.expr.items[1].value.path, ['resource', 'aws_s3_bucket', 'logs', 'tags', 'Env']);
  const second = block.body.items[4] as HclBlock;
  assert.equal(second.path, ['resource', 'aws_s3_bucket', 'logs', 'versioning', 1]);
});

function attr(text: string): Expr {
  const doc = parseHcl('t.tf', `x = ${text}\n`);
  assert.equal(doc.problems, [], text);
  return (doc.hcl!.body.items[0] as HclAttribute).expr;
}

function strip(e: unknown): unknown {
  if (Array.isArray(e)) return e.map(strip);
  if (e && typeof e === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e)) if (k !== 'start' && k !== 'end' && k !== 'path') out[k] = strip(v);
    return out;
  }
  return e;
}

test('expressions: traversals, indexes, splats, calls, operators with precedence, conditionals, for', () => {
  assert.equal(strip(attr('aws_s3_bucket.b[0].arn')), {
    kind: 'getattr',
    name: 'arn',
    target: { kind: 'index', key: { kind: 'literal', value: 0 }, target: { kind: 'getattr', name: 'b', target: { kind: 'variable', name: 'aws_s3_bucket' } } },
  });
  assert.equal(strip(attr('a.*.id')), {
    kind: 'splat',
    target: { kind: 'variable', name: 'a' },
    each: { kind: 'getattr', name: 'id', target: { kind: 'splat-item' } },
  });
  assert.equal(strip(attr('1 + 2 * 3')), {
    kind: 'binary',
    op: '+',
    left: { kind: 'literal', value: 1 },
    right: { kind: 'binary', op: '*', left: { kind: 'literal', value: 2 }, right: { kind: 'literal', value: 3 } },
  });
  assert.equal(strip(attr('(1 - 2) - 3')), {
    kind: 'binary',
    op: '-',
    left: { kind: 'binary', op: '-', left: { kind: 'literal', value: 1 }, right: { kind: 'literal', value: 2 } },
    right: { kind: 'literal', value: 3 },
  });
  assert.equal(strip(attr('!a ? "x" : merge(b, c...)')), {
    kind: 'conditional',
    cond: { kind: 'unary', op: '!', operand: { kind: 'variable', name: 'a' } },
    then: { kind: 'literal', value: 'x' },
    else: { kind: 'call', name: 'merge', args: [{ kind: 'variable', name: 'b' }, { kind: 'variable', name: 'c' }], expand: true },
  });
  const f = attr('{ for k, v in var.m : upper(k) => v... if v != null }');
  assert.is(f.kind, 'for');
  if (f.kind === 'for') {
    assert.is(f.keyVar, 'k');
    assert.is(f.valueVar, 'v');
    assert.ok(f.key && f.cond && f.group);
  }
  const o = attr('{ a = 1, "b" = 2, (local.k) = 3 }');
  if (o.kind !== 'object') throw new Error('object expected');
  assert.equal(o.items.map((i) => i.key.kind), ['literal', 'literal', 'getattr']);
});

test('strings: escapes, $${ and %%{, unicode escapes; templates with directives and strip markers', () => {
  assert.equal(strip(attr('"a\\"b\\n\\t\\\\ \\u00e9 $${x} %%{y}"')), { kind: 'literal', value: 'a"b\n\t\\ é ${x} %{y}' });
  const t = attr('"a ${b} %{ if c }yes%{ else }no%{ endif } ${~ d ~} e"');
  assert.equal(strip(t), {
    kind: 'template',
    heredoc: false,
    parts: [
      'a ',
      { kind: 'variable', name: 'b' },
      ' ',
      { kind: 'template-if', cond: { kind: 'variable', name: 'c' }, then: ['yes'], else: ['no'] },
      { kind: 'variable', name: 'd' },
      'e',
    ],
  });
  const loop = attr('"%{ for i, x in xs }${i}=${x},%{ endfor }"');
  assert.equal(strip(loop), {
    kind: 'template',
    heredoc: false,
    parts: [
      {
        kind: 'template-for',
        keyVar: 'i',
        valueVar: 'x',
        collection: { kind: 'variable', name: 'xs' },
        body: [{ kind: 'variable', name: 'i' }, '=', { kind: 'variable', name: 'x' }, ','],
      },
    ],
  });
});

test('heredocs: content with its line breaks, no backslash escapes, <<- removes the common indentation', () => {
  const doc = parseHcl('t.tf', ['a = <<EOT', '{', '  "x": "\\n ${v}"', '}', 'EOT', 'b = <<-EOT', '    one', '      two ${w}', '    EOT', 'c = <<EOT', 'EOT', ''].join('\n'));
  assert.equal(doc.problems, []);
  const [a, b, c] = doc.hcl!.body.items as HclAttribute[];
  assert.equal(strip(a.expr), { kind: 'template', heredoc: true, parts: ['{\n  "x": "\\n ', { kind: 'variable', name: 'v' }, '"\n}\n'] });
  assert.equal(strip(b.expr), { kind: 'template', heredoc: true, parts: ['one\n  two ', { kind: 'variable', name: 'w' }, '\n'] });
  assert.equal(toJS(doc.root!), { a: '<<EOT\n{\n  "x": "\\n ${v}"\n}\nEOT', b: '<<-EOT\n    one\n      two ${w}\n    EOT', c: '' });
});

test('CRLF line endings and a BOM keep positions', () => {
  const doc = parseHcl('t.tf', '\uFEFFresource "a" "b" {\r\n  x = "y"\r\n}\r\n');
  assert.equal(doc.problems, []);
  const x = getEntry(nodeAt(doc.root, ['resource', 'a', 'b']), 'x')!;
  assert.is(span(x.keyRange), '2:3-2:4');
  assert.is(span(x.value.range), '2:7-2:10');
  assert.is(span(getEntry(nodeAt(doc.root, ['resource', 'a']), 'b')!.keyRange), '1:1-1:17');
});

test('syntax errors: a parse-error with line and column, and the other blocks still read', () => {
  const text = [
    'resource "aws_s3_bucket" "a" {', // 1
    '  bucket = "a"', // 2
    '}', // 3
    'resource "aws_s3_bucket" "broken" {', // 4
    '  bucket = ', // 5
    '}', // 6
    'resource "aws_s3_bucket" "c" {', // 7
    '  bucket = "c"', // 8
    '}', // 9
  ].join('\n');
  const doc = parseHcl('t.tf', text);
  assert.is(doc.problems.length, 1);
  assert.is(doc.problems[0].ruleId, 'parse-error');
  assert.ok(doc.problems[0].range.start.line >= 4 && doc.problems[0].range.start.line <= 6, JSON.stringify(doc.problems[0]));
  assert.equal(Object.keys(toJS(nodeAt(doc.root, ['resource', 'aws_s3_bucket'])!) as object), ['a', 'c']);
});

test('unterminated string and unclosed block at the end of a file', () => {
  const doc = parseHcl('t.tf', 'a = 1\nb = "open\nresource "x" "y" {\n  z = 1\n');
  assert.ok(doc.problems.length >= 1);
  assert.ok(doc.problems.every((p) => p.ruleId === 'parse-error' && p.range.start.line >= 2), JSON.stringify(doc.problems));
  assert.equal(nodeAt(doc.root, ['a']) && toJS(nodeAt(doc.root, ['a'])!), 1);
});

test('empty file, comments only, garbage', () => {
  assert.equal(toJS(parseHcl('t.tf', '').root!), {});
  const c = parseHcl('t.tf', '# one\n// two\n/* three */\n');
  assert.equal(c.problems, []);
  assert.equal(toJS(c.root!), {});
  const g = parseHcl('t.tf', '}}}{{{ ::: \u0000 ]]');
  assert.ok(g.problems.length > 0 && g.problems.every((p) => p.ruleId === 'parse-error'));
});

test('duplicate attributes and duplicate resources are reported; the last one wins', () => {
  const doc = parseHcl('t.tf', 'resource "a" "b" {\n  x = 1\n  x = 2\n}\nresource "a" "b" {\n  y = 1\n}\n');
  assert.equal(doc.problems.map((p) => [p.ruleId, p.range.start.line]), [
    ['parse/duplicate-key', 3],
    ['parse/duplicate-key', 5],
  ]);
  assert.equal(toJS(nodeAt(doc.root, ['resource', 'a', 'b'])!), { y: 1 });
});

test('labelled nested blocks: dynamic "ingress" nests by label, content as a list', () => {
  const doc = parseHcl('t.tf', 'resource "aws_security_group" "s" {\n  dynamic "ingress" {\n    for_each = var.ports\n    content {\n      from_port = ingress.value\n    }\n  }\n}\n');
  assert.equal(toJS(nodeAt(doc.root, ['resource', 'aws_security_group', 's'])!), {
    dynamic: { ingress: [{ for_each: 'var.ports', content: [{ from_port: 'ingress.value' }] }] },
  });
});

test.run();
