import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { adaptCloudFormation } from '../../../src/adapters/cloudformation/adapter.ts';
import { firstBranch } from '../../../src/model/scenario.ts';
import { plain } from '../../../src/model/value.ts';
import { parseDocument } from '../../../src/parse/index.ts';

function unit(text: string) {
  const doc = parseDocument('template.yaml', text);
  assert.equal(doc.problems, []);
  return adaptCloudFormation(doc);
}

const template = `Transform: AWS::Serverless-2016-10-31
Globals:
  Api:
    TracingEnabled: true
Resources:
  Declared:
    Type: AWS::Serverless::Api
    Properties:
      StageName: v1
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.13
      CodeUri: src/
      Events:
        OnDeclared:
          Type: Api
          Properties: { RestApiId: !Ref Declared, Path: /a, Method: get }
        OnImplicit:
          Type: Api
          Properties: { Path: /b, Method: get }
        Queue:
          Type: SQS
          Properties: { Queue: !ImportValue queue }
`;

test('an Api event without RestApiId makes SAM create ServerlessRestApi: a resource of the model, configured by Globals', () => {
  const u = unit(template);
  const api = u.resources.find((r) => r.id === 'ServerlessRestApi');
  assert.ok(api);
  assert.is(api.type, 'AWS::Serverless::Api');
  assert.equal(api.path, ['Resources', 'Fn', 'Properties', 'Events', 'OnImplicit']);
  assert.equal(plain(api.properties(firstBranch)!), { StageName: 'Prod', TracingEnabled: true });
  assert.ok(!u.resources.some((r) => r.id === 'ServerlessHttpApi'), 'no HttpApi event, no implicit HTTP API');
});

test('no implicit API when every event names its API, or when the template declares one of that name', () => {
  assert.ok(!unit(template.replace('Properties: { Path: /b, Method: get }', 'Properties: { RestApiId: !Ref Declared, Path: /b, Method: get }')).resources.some((r) => r.id === 'ServerlessRestApi'));
  const own = unit(template.replace('  Declared:\n', '  ServerlessRestApi:\n').replace('!Ref Declared', '!Ref ServerlessRestApi'));
  assert.is(own.resources.filter((r) => r.id === 'ServerlessRestApi').length, 1);
});

test('an HttpApi event without ApiId makes ServerlessHttpApi, stage $default', () => {
  const u = unit(template.replace('Type: SQS\n          Properties: { Queue: !ImportValue queue }', 'Type: HttpApi'));
  const api = u.resources.find((r) => r.id === 'ServerlessHttpApi');
  assert.ok(api);
  assert.equal(plain(api.properties(firstBranch)!), { StageName: '$default' });
});

test.run();
