import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { adaptCloudFormation } from '../../src/adapters/cloudformation/adapter.ts';
import { runRules } from '../../src/engine/run-rules.ts';
import type { Rule } from '../../src/engine/rule.ts';
import { firstBranch } from '../../src/model/scenario.ts';
import { startUnit, UnitMemo } from '../../src/model/unit-memo.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { statementsOf } from '../../src/iam/statement.ts';

test('a unit memo keeps what it was given until the next unit starts', () => {
  const memo = new UnitMemo<object, number>();
  const key = {};
  let made = 0;
  assert.is(memo.getOrSet(key, () => ++made), 1);
  assert.is(memo.getOrSet(key, () => ++made), 1, 'made once');
  assert.is(memo.get(key), 1);
  startUnit();
  assert.is(memo.get(key), undefined, 'forgotten when another unit starts');
  assert.is(memo.getOrSet(key, () => ++made), 2, 'made again');
  memo.set(key, 7);
  assert.is(memo.get(key), 7);
});

const TEMPLATE = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
`;

test('the engine starts a unit before its rules run: what earlier units cached is dropped, what this one caches is shared', () => {
  const unitA = adaptCloudFormation(parseDocument('a.yaml', TEMPLATE));
  const unitB = adaptCloudFormation(parseDocument('b.yaml', TEMPLATE));
  const seen: unknown[] = [];
  const rule = (id: string): Rule => ({
    meta: { id, title: 't', description: 'd', severity: 'info', category: 'iam', messages: { m: 'm' } },
    create: (ctx) => ({ policyDocument: (p) => void seen.push(statementsOf(p.document(ctx.scenario)!)) }),
  });
  runRules(unitA, [{ rule: rule('test/one'), severity: 'info' }, { rule: rule('test/two'), severity: 'info' }]);
  assert.is(seen.length, 2);
  assert.ok(seen[0] === seen[1], 'two rules of one unit share the statement views');
  const docA = unitA.policies[0].document(firstBranch)!;
  runRules(unitB, [{ rule: rule('test/three'), severity: 'info' }]);
  assert.ok(statementsOf(docA) !== seen[0], "unit a's views were dropped when unit b started");
});

test.run();
