import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { noWriteOnAllResources } from '../../src/rules/iam/no-write-on-all-resources.ts';
import { PRIVILEGE_ESCALATION_RULES } from '../../src/rules/iam/privilege-escalation.ts';
import { lintText } from '../helpers/lint-text.ts';

// The catalog is ~450 files, one per service: a policy must cost only the services it needs. Counted as upper
// bounds, since other suites in the same process may have read some services already.
function catalogReads(statement: unknown, rules = [...PRIVILEGE_ESCALATION_RULES, noWriteOnAllResources]): number {
  const original = fs.readFileSync;
  let reads = 0;
  fs.readFileSync = ((path: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (String(path).includes('iam-data')) reads++;
    return (original as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  syncBuiltinESMExports();
  try {
    lintText('policy.json', JSON.stringify({ Version: '2012-10-17', Statement: [statement] }), rules);
  } finally {
    fs.readFileSync = original;
    syncBuiltinESMExports();
  }
  return reads;
}

test('"*" on "*" is full access without reading the catalog', () => {
  assert.is(catalogReads({ Effect: 'Allow', Action: '*', Resource: '*' }), 0);
});

test('escalation methods need no catalog; access levels, only the services named', () => {
  const statement = { Effect: 'Allow', Action: ['iam:PassRole', 'ec2:RunInstances'], Resource: '*' };
  assert.is(catalogReads(statement, PRIVILEGE_ESCALATION_RULES), 0);
  // Actions and resource types of iam and ec2.
  assert.ok(catalogReads(statement) <= 4);
});

test('a NotAction on every resource reads a sample of services, not all of them', () => {
  assert.ok(catalogReads({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }) <= 30);
});

test.run();
