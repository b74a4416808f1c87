import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { adaptCloudFormation } from '../../src/adapters/cloudformation/adapter.ts';
import { adaptIamPolicy } from '../../src/adapters/iam/adapter.ts';
import type { RuleMeta } from '../../src/core/rule-meta.ts';
import type { Rule, RuleContext, RuleVisitors } from '../../src/engine/rule.ts';
import type { ActiveRule } from '../../src/engine/run-rules.ts';
import { runRules } from '../../src/engine/run-rules.ts';
import type { Unit } from '../../src/model/model.ts';
import { display, field } from '../../src/model/value.ts';
import { parseDocument } from '../../src/parse/index.ts';

function unitOf(text: string, file = 'stack.yaml'): Unit {
  const doc = parseDocument(file, text);
  assert.equal(doc.problems, [], 'the template parses cleanly');
  return adaptCloudFormation(doc);
}

function rule(create: (ctx: RuleContext) => RuleVisitors, meta: Partial<RuleMeta> = {}): Rule {
  return {
    meta: {
      id: 'test/rule',
      title: 'A test rule',
      description: 'Reports what the test tells it to.',
      severity: 'warning',
      category: 'configuration',
      messages: { bad: 'resource {{id}} is bad ({{value}})', other: 'something else' },
      ...meta,
    },
    create,
  };
}

const active = (r: Rule, extra: Partial<ActiveRule> = {}): ActiveRule => ({ rule: r, severity: r.meta.severity, ...extra });

/** Reports a resource whose property `key` is `bad`, at that property. */
const reportsBad = (key: string) =>
  rule((ctx) => ({
    resource(r) {
      const v = field(r.properties(ctx.scenario), key);
      if (v?.kind === 'scalar' && v.value === 'bad') ctx.report({ messageId: 'bad', data: { id: r.id, value: display(v) }, path: v.path, resource: r.id, related: v.via });
    },
  }));

const TWO_CONDITIONS = `Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      A: !If [CondA, bad, good]
      B: !If [CondB, good, bad]
      Plain: bad
`;

test('a rule that reads two independent conditions runs in four scenarios', () => {
  const seen: string[] = [];
  const r = rule((ctx) => ({
    resource(res) {
      const props = res.properties(ctx.scenario);
      seen.push(`${display(field(props, 'A')!)}/${display(field(props, 'B')!)}`);
    },
  }));
  assert.equal(runRules(unitOf(TWO_CONDITIONS), [active(r)]), []);
  assert.equal(seen.sort(), ['bad/bad', 'bad/good', 'good/bad', 'good/good']);
});

test('a rule that reads no conditional value runs once per object', () => {
  let calls = 0;
  const r = rule(() => ({ resource: () => void calls++ }));
  runRules(unitOf(TWO_CONDITIONS + '  C:\n    Type: AWS::SNS::Topic\n'), [active(r)]);
  assert.is(calls, 2);
});

test('a finding that holds on one branch only says on which; one on every branch says nothing', () => {
  const findings = runRules(unitOf(TWO_CONDITIONS), [active(reportsBad('A')), active(reportsBad('B')), active(reportsBad('Plain'))]);
  assert.equal(
    findings.map((f) => [f.location.path.slice(3), f.scenario]),
    [
      [['A', 'Fn::If', 1], 'when condition CondA is true'],
      [['B', 'Fn::If', 2], 'when condition CondB is false'],
      [['Plain'], undefined],
    ],
  );
  // the same finding seen in several runs is reported once
  assert.is(findings.length, 3);
});

test('findings carry the rule id, message id, severity in effect, formatted message, resource and location', () => {
  const [f] = runRules(unitOf(TWO_CONDITIONS), [active(reportsBad('Plain'), { severity: 'error' })]);
  assert.equal(f, {
    ruleId: 'test/rule',
    messageId: 'bad',
    severity: 'error',
    message: 'resource B is bad (bad)',
    resource: 'B',
    location: { path: ['Resources', 'B', 'Properties', 'Plain'], start: { line: 7, column: 14 }, end: { line: 7, column: 17 } },
  });
});

test('a report at a missing path is located at the deepest part that exists; key: true points at the key', () => {
  const r = rule((ctx) => ({
    resource(res) {
      ctx.report({ messageId: 'other', path: [...res.propertiesPath, 'BucketEncryption', 'Rules', 0], resource: res.id });
      ctx.report({ messageId: 'bad', data: { id: res.id, value: 'x' }, path: [...res.propertiesPath, 'Plain'], key: true });
    },
  }));
  const [missing, key] = runRules(unitOf(TWO_CONDITIONS), [active(r)]);
  assert.equal(missing.location, { path: ['Resources', 'B', 'Properties'], start: { line: 4, column: 5 }, end: { line: 4, column: 15 } });
  assert.equal(key.location, { path: ['Resources', 'B', 'Properties', 'Plain'], start: { line: 7, column: 7 }, end: { line: 7, column: 12 } });
  assert.is(key.resource, null);
});

test('related locations: a parameter default with its range, and a path located in the document', () => {
  const text = `Parameters:
  Mode:
    Type: String
    Default: bad
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      Plain: !Ref Mode
`;
  const [f] = runRules(unitOf(text), [active(reportsBad('Plain'))]);
  assert.equal(f.location.path, ['Resources', 'B', 'Properties', 'Plain']);
  assert.equal(f.related, [{ message: 'default of parameter Mode', location: { path: ['Parameters', 'Mode', 'Default'], start: { line: 4, column: 14 }, end: { line: 4, column: 17 } } }]);
  const r = rule((ctx) => ({
    resource(res) {
      ctx.report({ messageId: 'other', path: res.path, related: [{ message: 'declared here', path: ['Parameters', 'Mode'] }, { message: 'elsewhere', file: 'vars.tf', path: ['x'] }] });
    },
  }));
  const [g] = runRules(unitOf(text), [active(r)]);
  assert.equal(g.related, [
    { message: 'declared here', location: { path: ['Parameters', 'Mode'], start: { line: 3, column: 5 }, end: { line: 4, column: 17 } } },
    // a file the unit does not hold cannot be read: the path is kept, at the start
    { message: 'elsewhere', file: 'vars.tf', location: { path: ['x'], start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } },
  ]);
});

test('a finding on a value taken from an allowed value says which one', () => {
  const text = 'Parameters:\n  Mode:\n    Type: String\n    AllowedValues: [good, bad]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Plain: !Ref Mode\n';
  const [f] = runRules(unitOf(text), [active(reportsBad('Plain'))]);
  assert.is(f.scenario, 'when parameter Mode is "bad"');
  assert.equal(f.related?.map((x) => [x.message, x.location.path]), [['allowed value of parameter Mode', ['Parameters', 'Mode', 'AllowedValues', 1]]]);
});

test('a resource created only under a condition is not reported for the branch where the condition is false', () => {
  const text = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Condition: Dev\n    Properties:\n      A: !If [Dev, bad, good]\n      B: !If [Other, bad, good]\n';
  const findings = runRules(unitOf(text), [active(reportsBad('A')), active(reportsBad('B'))]);
  assert.equal(findings.map((f) => [f.location.path.slice(3), f.scenario]), [
    [['A', 'Fn::If', 1], undefined],
    [['B', 'Fn::If', 1], 'when condition Other is true'],
  ]);
});

test('an unknown messageId throws, naming the rule', () => {
  const r = rule((ctx) => ({ resource: (res) => ctx.report({ messageId: 'nope', path: res.path }) }));
  assert.throws(() => runRules(unitOf(TWO_CONDITIONS), [active(r)]), /rule test\/rule reported unknown messageId "nope"/);
});

test('beyond MAX_SCENARIOS branches, exploration stops and the label says so', () => {
  const props = Array.from({ length: 7 }, (_, i) => `      P${i}: !If [C${i}, a, b]\n`).join('');
  const text = `Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n${props}      Last: !If [Z, bad, good]\n`;
  let calls = 0;
  const r = rule((ctx) => ({
    resource(res) {
      calls++;
      const v = res.properties(ctx.scenario);
      const last = field(v, 'Last');
      if (last?.kind === 'scalar' && last.value === 'bad') ctx.report({ messageId: 'other', path: last.path });
    },
  }));
  const findings = runRules(unitOf(text), [active(r)]);
  assert.is(calls, 64);
  assert.equal(findings.map((f) => f.scenario), ['when condition Z is true (branches not all explored)']);
});

test('options reach the rule; unit, resource and policyDocument visitors each run', () => {
  const text = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: []}
      Policies: [{PolicyName: p, PolicyDocument: {Statement: []}}]
`;
  const calls: string[] = [];
  const r = rule((ctx) => {
    calls.push(`create ${JSON.stringify(ctx.options)}`);
    return {
      unit: (u) => void calls.push(`unit ${u.file}`),
      resource: (res) => void calls.push(`resource ${res.id}`),
      policyDocument: (d) => {
        calls.push(`policy ${d.name}`);
        ctx.report({ messageId: 'other', path: d.path, resource: d.owner?.id ?? null });
      },
    };
  });
  const findings = runRules(unitOf(text), [active(r, { options: { level: 2 } })]);
  assert.equal(calls, ['create {"level":2}', 'unit stack.yaml', 'resource Role', 'policy Role.AssumeRolePolicyDocument', 'policy Role.Policies[0].PolicyDocument']);
  assert.equal(findings.map((f) => [f.resource, f.location.start.line]), [['Role', 5], ['Role', 6]]);
});

test('a policy document only on one branch gives findings labelled with that branch', () => {
  const text = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: []}
      Policies:
        - !If
          - Debug
          - {PolicyName: p, PolicyDocument: {Statement: [{Effect: Allow, Action: '*', Resource: '*'}]}}
          - !Ref AWS::NoValue
`;
  const r = rule((ctx) => ({
    policyDocument(d) {
      const doc = d.document(ctx.scenario);
      if (doc) ctx.report({ messageId: 'other', path: d.path });
    },
  }));
  const findings = runRules(unitOf(text), [active(r)]);
  assert.equal(findings.map((f) => [f.location.start.line, f.scenario]), [[5, undefined], [9, 'when condition Debug is true']]);
});

test('standalone policy files run through the same engine, findings in that file', () => {
  const doc = parseDocument('p.json', '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]\n}\n');
  const r = rule((ctx) => ({ policyDocument: (d) => ctx.report({ messageId: 'other', path: ['Statement', 0, 'Action'] }) }));
  const [f] = runRules(adaptIamPolicy(doc), [active(r)]);
  assert.equal([f.resource, f.location.path, f.location.start], [null, ['Statement', 0, 'Action'], { line: 3, column: 47 }]);
});

test.run();
