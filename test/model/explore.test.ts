import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { explore, MAX_SCENARIOS } from '../../src/model/explore.ts';
import type { Scenario } from '../../src/model/scenario.ts';

const yesNo = (id: string) => [`${id} is true`, `${id} is false`];
const combos = (runs: { result: unknown }[]) => runs.map((r) => r.result);

test('a body that asks nothing runs once', () => {
  let calls = 0;
  const { runs, truncated } = explore(() => ++calls);
  assert.is(calls, 1);
  assert.equal([runs, truncated], [[{ result: 1, decisions: [] }], false]);
});

test('two independent choices give the four combinations, each run recording its decisions in order', () => {
  const { runs, truncated } = explore((s) => `${s.choose('A', yesNo('A'))}${s.choose('B', yesNo('B'))}`);
  assert.is(truncated, false);
  assert.equal(combos(runs).sort(), ['00', '01', '10', '11']);
  assert.equal(runs[0], { result: '00', decisions: [{ id: 'A', index: 0, labels: yesNo('A') }, { id: 'B', index: 0, labels: yesNo('B') }] });
  for (const run of runs) assert.equal(run.decisions.map((d) => d.id), ['A', 'B']);
});

test('asking the same choice twice in a run gives the same answer and one decision', () => {
  const { runs } = explore((s) => [s.choose('A', yesNo('A')), s.choose('A', yesNo('A'))].join(''));
  assert.equal(combos(runs).sort(), ['00', '11']);
  for (const run of runs) assert.is(run.decisions.length, 1);
});

test('choices reached only on some branches are explored only there', () => {
  // B is asked only when A takes its first option
  const body = (s: Scenario) => (s.choose('A', yesNo('A')) === 0 ? `A0 B${s.choose('B', yesNo('B'))}` : 'A1');
  const { runs } = explore(body);
  assert.equal(combos(runs).sort(), ['A0 B0', 'A0 B1', 'A1']);
});

test('a choice with three options (allowed values) is explored three times; one with a single option once', () => {
  const { runs } = explore((s) => `${s.choose('parameter:Env', ['dev', 'test', 'prod'])}${s.choose('parameter:One', ['only'])}`);
  assert.equal(combos(runs).sort(), ['00', '10', '20']);
});

test('exploration stops at the maximum and says it was cut', () => {
  const body = (s: Scenario) => Array.from({ length: 7 }, (_, i) => s.choose(`c${i}`, yesNo(`c${i}`))).join('');
  const full = explore(body, 1000);
  assert.equal([full.runs.length, full.truncated], [128, false]);
  assert.is(new Set(combos(full.runs)).size, 128);
  const cut = explore(body);
  assert.equal([cut.runs.length, cut.truncated], [MAX_SCENARIOS, true]);
  assert.is(MAX_SCENARIOS, 64);
  const tiny = explore(body, 1);
  assert.equal([tiny.runs.length, tiny.truncated], [1, true]);
  // exactly as many runs as the maximum is not a cut
  const six = explore((s) => Array.from({ length: 6 }, (_, i) => s.choose(`c${i}`, yesNo(`c${i}`))).join(''));
  assert.equal([six.runs.length, six.truncated], [64, false]);
});

test('no combination is run twice', () => {
  const body = (s: Scenario) => {
    const a = s.choose('A', yesNo('A'));
    const b = a === 1 ? s.choose('B', ['x', 'y', 'z']) : s.choose('C', yesNo('C'));
    return `${a}${b}${s.choose('D', yesNo('D'))}`;
  };
  const { runs } = explore(body);
  const results = combos(runs) as string[];
  assert.is(new Set(results).size, results.length);
  assert.is(results.length, 2 * 2 + 3 * 2);
});

test.run();
