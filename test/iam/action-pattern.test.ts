import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { expandAction, globToRegExp } from '../../src/iam/action-pattern.ts';
import { serviceActions } from '../../src/iam/catalog.ts';

// expandAction compares names and name prefixes without a regular expression; it must agree with the pattern's
// regular expression (case-insensitive, `*` and `?` wildcards) on every action.
const ids = (service: string, name: string) => {
  const re = globToRegExp(name);
  return (serviceActions(service) ?? []).filter((a) => re.test(a.name)).map((a) => a.id);
};

test('expandAction: names, prefixes and other globs match as their regular expression does, in any case', () => {
  for (const service of ['s3', 'ec2', 'iam', 'kms', 'lambda']) {
    for (const name of ['GetObject', 'getobject', 'GETOBJECT', 'Get*', 'get*', 'Describe*', 'describeinstances', 'Put*Policy', 'Get?bject', '*', 'Nothing', 'NoSuch*', '']) {
      assert.equal(
        (expandAction(`${service}:${name}`) ?? []).map((a) => a.id),
        ids(service, name),
        `${service}:${name}`,
      );
    }
  }
});

test('expandAction: a non-ASCII letter never matches by case folding (K, the Kelvin sign, is not k)', () => {
  assert.equal(expandAction('kms:\u212Aeys*') ?? [], []);
  assert.equal(expandAction('kms:ListKeys')?.map((a) => a.id), ['kms:ListKeys']);
});

test('expandAction: an unknown service gives null, a known one without a match an empty list', () => {
  assert.is(expandAction('nosuchservice:Get*'), null);
  assert.equal(expandAction('s3:NoSuchAction'), []);
});

test.run();
