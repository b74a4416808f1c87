import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { isGlob, splitGlob } from '../../src/discover/glob-arg.ts';

test('glob characters', () => {
  for (const arg of ['*.json', 'a/**', 'a?.yaml', 'x/[ab].json', 'stacks/{dev,prod}/*.yaml']) assert.ok(isGlob(arg), arg);
  for (const arg of ['.', 'a/b.json', '../x', '/abs/t.template']) assert.not.ok(isGlob(arg), arg);
});

test('static base and pattern', () => {
  assert.equal(splitGlob('stacks/**/*.yaml'), { base: 'stacks', pattern: '**/*.yaml' });
  assert.equal(splitGlob('**/*.json'), { base: '.', pattern: '**/*.json' });
  assert.equal(splitGlob('./a/b/*.json'), { base: './a/b', pattern: '*.json' });
  assert.equal(splitGlob('/srv/cfn/*/t.yaml'), { base: '/srv/cfn', pattern: '*/t.yaml' });
  assert.equal(splitGlob('/*.json'), { base: '/', pattern: '*.json' });
  assert.equal(splitGlob('a/{b,c}/d.json'), { base: 'a', pattern: '{b,c}/d.json' });
});

test.run();
