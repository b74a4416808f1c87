import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { serviceActions } from '../../src/iam/catalog.ts';
import { globMatches } from '../../src/iam/glob-match.ts';
import { actionTargets, isScopableWrite, sampleWriteActions, writeActionsMatching } from '../../src/iam/write-actions.ts';

const action = (name: string) => {
  const [service, n] = name.split(':');
  return serviceActions(service)!.find((a) => a.name === n)!;
};

test('only write and permissions actions that can be limited to resources count', () => {
  assert.ok(isScopableWrite(action('iam:PutRolePolicy')));
  assert.ok(isScopableWrite(action('s3:PutObject')));
  assert.not.ok(isScopableWrite(action('ec2:DescribeInstances')), 'a List/Read action');
  assert.not.ok(isScopableWrite(action('sts:GetCallerIdentity')));
  assert.not.ok(isScopableWrite(action('cloudwatch:PutMetricData')), 'only "*" in practice');
});

test('a pattern expands against its service, permissions management first', () => {
  const names = writeActionsMatching('iam:Put*Policy')!.map((a) => a.name);
  assert.ok(names.includes('PutRolePolicy') && names.includes('PutUserPolicy') && names.includes('PutGroupPolicy'));
  assert.is(writeActionsMatching('nosuchservice:Put*'), null);
  assert.equal(writeActionsMatching('iam:NoSuchAction*'), []);
  const s3 = writeActionsMatching('s3:*')!;
  const firstWrite = s3.findIndex((a) => !a.accessLevels.includes('Permissions management'));
  assert.ok(s3.slice(firstWrite).every((a) => !a.accessLevels.includes('Permissions management')));
});

test('every sampled action is a scopable write action of the catalog', () => {
  assert.is(sampleWriteActions().length, 12);
  assert.ok(sampleWriteActions().every(isScopableWrite));
});

test('an action reaches one resource of each of its types', () => {
  assert.is(actionTargets(action('s3:PutObject')).length, 2);
  assert.is(actionTargets(action('iam:PassRole')).length, 1);
});


test('writeActionsMatching: a pattern of one service gives the actions the glob matches over service:Name, in order', () => {
  for (const glob of ['s3:*', 'S3:put*', 'iam:*Policy', 'ec2:Delete*', 'kms:ScheduleKeyDeletion', 'lambda:Get?unction*', 'sqs:Nothing']) {
    const service = glob.slice(0, glob.indexOf(':')).toLowerCase();
    const want = (serviceActions(service) ?? []).filter((a) => isScopableWrite(a) && globMatches(glob, a.id, true)).map((a) => a.id);
    assert.equal(
      (writeActionsMatching(glob) ?? []).map((a) => a.id).sort(),
      want.sort(),
      glob,
    );
  }
});

test.run();
