import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { unknown } from '../../src/model/value.ts';
import { subjectReach } from '../../src/iam/github-subject.ts';
import { val } from './exposure-values.ts';

const like = (s: string) => subjectReach(val(JSON.stringify(s)), true);
const exact = (s: string) => subjectReach(val(JSON.stringify(s)), false);

test('a pattern that fixes the owner before any wildcard is pinned', () => {
  assert.is(like('repo:octo-org/app:ref:refs/heads/main'), 'pinned');
  assert.is(like('repo:octo-org/app:*'), 'pinned');
  assert.is(like('repo:octo-org/*'), 'pinned');
  assert.is(like('repository_owner_id:123456:*'), 'pinned');
  assert.is(exact('repository_owner:octo-org'), 'pinned');
});

test('a pattern that leaves the owner open admits other people\'s repositories', () => {
  assert.is(like('*'), 'open');
  assert.is(like('repo:*'), 'open');
  assert.is(like('repo:octo-org*'), 'open');
  assert.is(like('repository_owner:octo-org*'), 'open');
  assert.is(like('repo:?cto-org/app:*'), 'open');
  assert.is(exact('workflow:deploy:repo:octo-org/app:ref:refs/heads/main'), 'open');
  assert.is(exact('environment:prod'), 'open');
});

test('under StringEquals a wildcard is literal: a value no token carries is not open', () => {
  assert.is(exact('repo:*'), 'pinned');
  assert.is(exact('*'), 'pinned');
});

test('deploy-time parts before the owner leave it unknown; after it, pinned', () => {
  assert.is(subjectReach(unknown(['V'], 'Fn::Sub', ['repo:', { symbol: 'parameter Org' }, '/app:*']), true), 'unknown');
  assert.is(subjectReach(unknown(['V'], 'Fn::Sub', ['repo:octo-org/', { symbol: 'parameter Repo' }, ':*']), true), 'pinned');
  assert.is(subjectReach(unknown(['V'], 'Ref SubjectParam'), true), 'unknown');
});

test.run();
