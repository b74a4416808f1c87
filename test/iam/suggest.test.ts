import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { suggestName } from '../../src/iam/suggest.ts';

test('one clearly nearest name is suggested', () => {
  assert.is(suggestName('GetObjcet', ['GetObject', 'PutObject', 'GetBucketAcl']), 'GetObject');
  assert.is(suggestName('lamda', ['lambda', 'lakeformation', 's3']), 'lambda');
  assert.is(suggestName('Statment', ['Version', 'Id', 'Statement']), 'Statement');
});

test('no guess among many, nor when nothing is near', () => {
  assert.is(suggestName('list', ['ListUsers', 'ListRoles', 'ListGroups']), undefined);
  assert.is(suggestName('Delete', ['DeleteUser', 'DeleteRole']), undefined);
  assert.is(suggestName('Frobnicate', ['GetObject', 'PutObject']), undefined);
});

test('a unique longer name the word begins is suggested', () => {
  assert.is(suggestName('ListAllMy', ['ListAllMyBuckets', 'ListBucket']), 'ListAllMyBuckets');
});

test.run();
