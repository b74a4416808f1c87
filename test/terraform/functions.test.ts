import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { attrs, loadFiles } from './helpers.ts';

/** Each case: an expression and what it evaluates to (unknowns as <symbol>). */
const CASES: [string, unknown][] = [
  ['merge({ a = 1, b = 2 }, { b = 3 }, null)', { a: 1, b: 3 }],
  ['merge({ a = 1 }, var.unknown)', '<merge({a = 1}, var.unknown)>'],
  ['concat(["a"], ["b", var.unknown])', ['a', 'b', '<var.unknown>']],
  ['lookup({ a = "x" }, "a", "d")', 'x'],
  ['lookup({ a = "x" }, "z", "d")', 'd'],
  ['try(lookup({ a = "x" }, "z"), "fallback")', 'fallback'],
  ['try({ a = 1 }.b, "no b")', 'no b'],
  ['can({ a = 1 }.b)', false],
  ['coalesce("", null, "c")', 'c'],
  ['coalesce(var.unknown, "c")', '<coalesce(var.unknown, "c")>'],
  ['format("%s-%03d-%q", "a", 7, "b")', 'a-7-"b"'],
  ['format("arn:%s:%s", "aws", var.unknown)', '<arn:aws:${var.unknown}>'],
  ['join(",", ["a", var.unknown, "c"])', '<a,${var.unknown},c>'],
  ['split(",", "a,b")', ['a', 'b']],
  ['lower("AbC")', 'abc'],
  ['upper(var.unknown)', '<upper(var.unknown)>'],
  ['replace("a-b-c", "-", "_")', 'a_b_c'],
  ['replace("a1b22", "/[0-9]+/", "#")', 'a#b#'],
  ['tolist(toset(["b", "a", "b"]))', ['b', 'a']],
  ['length({ a = 1, b = 2 })', 2],
  ['length("héllo")', 5],
  ['element(["a", "b"], 3)', 'b'],
  ['jsondecode("{\\"a\\": [1, true]}")', { a: [1, true] }],
  ['keys({ b = 1, a = 2 })', ['a', 'b']],
  ['values({ b = 1, a = 2 })', [2, 1]],
  ['flatten([["a"], ["b", ["c"]]])', ['a', 'b', 'c']],
  ['compact(["a", "", null, "b"])', ['a', 'b']],
  ['distinct(["a", "a", "b"])', ['a', 'b']],
  ['contains(["a", "b"], "b")', true],
  ['contains(["a", var.unknown], "b")', '<contains(["a", var.unknown], "b")>'],
  ['slice(["a", "b", "c"], 1, 3)', ['b', 'c']],
  ['range(3)', [0, 1, 2]],
  ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
  ['one(["x"])', 'x'],
  ['cidrsubnet("10.0.0.0/16", 8, 2)', '10.0.2.0/24'],
  ['cidrhost("10.0.1.0/24", 5)', '10.0.1.5'],
  ['cidrsubnet("2001:db8::/32", 8, 1)', '<cidrsubnet("2001:db8::/32", 8, 1)>'],
  ['trimspace("  x ")', 'x'],
  ['substr("hello", 1, 3)', 'ell'],
  ['tostring(5)', '5'],
  ['tonumber("5")', 5],
  ['base64encode("hi")', 'aGk='],
  ['max(1, 5, 3)', 5],
  ['[for s in ["a", "b"] : upper(s)]', ['A', 'B']],
  ['{ for k, v in { a = 1, b = 2 } : v => k }', { 1: 'a', 2: 'b' }],
  ['{ for s in ["a", "b", "a"] : s => s... }', { a: ['a', 'a'], b: ['b'] }],
  ['[for s in ["a", ""] : s if s != ""]', ['a']],
  ['[for s in var.unknown : s]', '<[for s in var.unknown : s]>'],
  ['["a", "b"][*]', ['a', 'b']],
  ['null == null', true],
  ['1 == "1"', false],
  ['!(1 < 2) || false', false],
  ['false && var.unknown', false],
  ['true && var.unknown', '<true && var.unknown>'],
  ['-(3 % 2) + 10 / 4', 1.5],
  ['no_such_function(1)', '<no_such_function(1)>'],
  ['provider::aws::arn_parse("x")', '<provider::aws::arn_parse("x")>'],
  ['file("policy.json")', '{"Statement": []}\n'],
  ['file("${path.module}/policy.json")', '{"Statement": []}\n'],
  ['templatefile("t.tpl", { name = "n", items = ["a", "b"] })', 'hello n: a,b,\n'],
  ['templatefile("t.tpl", { name = var.unknown, items = [] })', '<hello ${var.unknown}: \n>'],
  ['file("missing.json")', '<file("missing.json") (file: cannot read "missing.json")>'],
];

test('functions, operators and for expressions', async () => {
  const body = CASES.map(([expr], i) => `  a${i} = ${expr}`).join('\n');
  const r = await loadFiles({
    'main.tf': `variable "unknown" {}\nresource "aws_x" "r" {\n${body}\n}\n`,
    'policy.json': '{"Statement": []}\n',
    't.tpl': 'hello ${name}: %{ for i in items }${i},%{ endfor }\n',
  });
  const got = attrs(r, 'aws_x.r') as Record<string, unknown>;
  CASES.forEach(([expr, want], i) => assert.equal(got[`a${i}`], want, expr));
});

test.run();
