import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { adaptCloudFormation } from '../../../src/adapters/cloudformation/adapter.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { firstBranch } from '../../../src/model/scenario.ts';
import { field, plain } from '../../../src/model/value.ts';
import { parseDocument } from '../../../src/parse/index.ts';

function props(text: string, id: string, s: Scenario = firstBranch) {
  const doc = parseDocument('template.yaml', text);
  assert.equal(doc.problems, []);
  const r = adaptCloudFormation(doc).resources.find((x) => x.id === id);
  assert.ok(r, `no resource ${id}`);
  return r.properties(s);
}

const template = `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Tracing: Active
    Runtime: python3.12
    Layers: [arn:aws:lambda:us-east-1:123456789012:layer:shared:1]
    Environment:
      Variables:
        STAGE: prod
        LOG_LEVEL: info
  Api:
    TracingEnabled: true
Resources:
  Plain:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
  Overriding:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Layers: [arn:aws:lambda:us-east-1:123456789012:layer:own:1]
      Environment:
        Variables:
          LOG_LEVEL: debug
          TABLE: items
  NoProperties:
    Type: AWS::Serverless::Api
  Bucket:
    Type: AWS::S3::Bucket
`;

test('a SAM function gets the Globals it does not set, each value still pointing into Globals', () => {
  const p = props(template, 'Plain');
  assert.is(plain(field(p, 'Tracing')!), 'Active');
  assert.equal(field(p, 'Tracing')!.path, ['Globals', 'Function', 'Tracing']);
  assert.equal(field(p, 'Handler')!.path, ['Resources', 'Plain', 'Properties', 'Handler']);
});

test('the resource wins over Globals for plain values, maps merge key by key, lists add up', () => {
  const p = props(template, 'Overriding');
  assert.is(plain(field(p, 'Runtime')!), 'nodejs22.x');
  assert.equal(plain(field(p, 'Environment')!), { Variables: { STAGE: 'prod', LOG_LEVEL: 'debug', TABLE: 'items' } });
  assert.equal(plain(field(p, 'Layers')!), ['arn:aws:lambda:us-east-1:123456789012:layer:shared:1', 'arn:aws:lambda:us-east-1:123456789012:layer:own:1']);
});

test('a resource without Properties gets its section of Globals; other types get none', () => {
  assert.is(plain(field(props(template, 'NoProperties'), 'TracingEnabled')!), true);
  assert.is(field(props(template, 'Bucket'), 'Tracing'), undefined);
});

test('Globals written with Fn::If follow the scenario', () => {
  const text = `Transform: AWS::Serverless-2016-10-31
Conditions:
  Prod: !Equals [!Ref AWS::AccountId, '123456789012']
Globals:
  Function:
    Tracing: !If [Prod, Active, PassThrough]
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
`;
  assert.is(plain(field(props(text, 'Fn', { choose: () => 0 }), 'Tracing')!), 'Active');
  assert.is(plain(field(props(text, 'Fn', { choose: () => 1 }), 'Tracing')!), 'PassThrough');
});

test.run();
