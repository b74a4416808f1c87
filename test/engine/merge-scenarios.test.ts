import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Run } from '../../src/model/explore.ts';
import { scenarioLabel } from '../../src/engine/merge-scenarios.ts';

const cond = (name: string, index: number) => ({ id: `condition:${name}`, index, labels: [`condition ${name} is true`, `condition ${name} is false`] });
const run = (...decisions: ReturnType<typeof cond>[]): Run<unknown> => ({ result: null, decisions });

// The four runs of two independent conditions A and B.
const four = [run(cond('A', 0), cond('B', 0)), run(cond('A', 0), cond('B', 1)), run(cond('A', 1), cond('B', 0)), run(cond('A', 1), cond('B', 1))];

test('a finding on every run has no label', () => {
  assert.is(scenarioLabel(four, new Set([0, 1, 2, 3])), undefined);
  assert.is(scenarioLabel([run()], new Set([0])), undefined);
});

test('a finding on the runs where one condition is false names that condition only', () => {
  assert.is(scenarioLabel(four, new Set([2, 3])), 'when condition A is false');
  assert.is(scenarioLabel(four, new Set([0, 2])), 'when condition B is true');
});

test('a finding on a single combination names both conditions', () => {
  assert.is(scenarioLabel(four, new Set([3])), 'when condition A is false and condition B is false');
});

test('a finding on runs that share no choice says it holds on some branches', () => {
  // A true or B true: no single answer explains it
  assert.is(scenarioLabel(four, new Set([0, 1, 2])), 'on some branches');
});

test('allowed values label with the value taken', () => {
  const env = (index: number) => ({ id: 'parameter:Env', index, labels: ['parameter Env is "dev"', 'parameter Env is "prod"'] });
  const runs: Run<unknown>[] = [{ result: null, decisions: [env(0)] }, { result: null, decisions: [env(1)] }];
  assert.is(scenarioLabel(runs, new Set([1])), 'when parameter Env is "prod"');
});

test('choices that only some runs made: the label keeps those that tell the runs apart', () => {
  // B is asked only when A is true; the finding holds when A is true, whatever B
  const runs = [run(cond('A', 0), cond('B', 0)), run(cond('A', 0), cond('B', 1)), run(cond('A', 1))];
  assert.is(scenarioLabel(runs, new Set([0, 1])), 'when condition A is true');
  // B is only asked when A is true, so both are said
  assert.is(scenarioLabel(runs, new Set([1])), 'when condition A is true and condition B is false');
});

test.run();
