import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { adaptCloudFormation } from '../../../src/adapters/cloudformation/adapter.ts';
import type { PolicyDocument, Unit } from '../../../src/model/model.ts';
import type { Scenario } from '../../../src/model/scenario.ts';
import { firstBranch } from '../../../src/model/scenario.ts';
import { field, plain } from '../../../src/model/value.ts';
import { parseDocument } from '../../../src/parse/index.ts';

function adapt(text: string, parameters: Record<string, unknown> = {}): Unit {
  const doc = parseDocument(text.trimStart().startsWith('{') ? 'stack.json' : 'stack.yaml', text);
  assert.equal(doc.problems, [], 'the template parses cleanly');
  return adaptCloudFormation(doc, { parameters });
}

const branch = (index: number): Scenario => ({ choose: () => index });

function policy(unit: Unit, name: string): PolicyDocument {
  const p = unit.policies.find((d) => d.name === name);
  assert.ok(p, `no policy named ${name}; have ${unit.policies.map((d) => d.name).join(', ')}`);
  return p;
}

const docOf = (p: PolicyDocument, s: Scenario = firstBranch) => {
  const v = p.document(s);
  return v === undefined ? undefined : plain(v);
};

// ---------------------------------------------------------------- resources

test('each resource with a Type becomes a model resource with its id, type, file and paths', () => {
  const unit = adapt(`AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: logs
  Topic:
    Type: AWS::SNS::Topic
  Broken:
    Properties: {}
  Weird:
    Type: [AWS::S3::Bucket]
`);
  assert.is(unit.kind, 'cloudformation');
  assert.is(unit.file, 'stack.yaml');
  assert.equal([...unit.documents.keys()], ['stack.yaml']);
  assert.equal(
    unit.resources.map((r) => [r.provider, r.id, r.type, r.file, r.path, r.propertiesPath]),
    [
      ['cloudformation', 'Logs', 'AWS::S3::Bucket', 'stack.yaml', ['Resources', 'Logs'], ['Resources', 'Logs', 'Properties']],
      // without Properties, a missing property is reported at the resource
      ['cloudformation', 'Topic', 'AWS::SNS::Topic', 'stack.yaml', ['Resources', 'Topic'], ['Resources', 'Topic']],
    ],
  );
});

test('properties resolve under the scenario; a resource without Properties has an empty object at its own path', () => {
  const unit = adapt(`Parameters:
  Name:
    Type: String
    Default: logs
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Ref Name
      VersioningConfiguration: !If [Keep, {Status: Enabled}, !Ref AWS::NoValue]
  Topic:
    Type: AWS::SNS::Topic
  Gone:
    Type: AWS::SNS::Topic
    Properties: !If [C, {TopicName: t}, !Ref AWS::NoValue]
`);
  const [logs, topic, gone] = unit.resources;
  assert.equal(plain(logs.properties(branch(0))!), { BucketName: 'logs', VersioningConfiguration: { Status: 'Enabled' } });
  assert.equal(plain(logs.properties(branch(1))!), { BucketName: 'logs' });
  assert.equal(field(logs.properties(firstBranch), 'BucketName')?.path, ['Resources', 'Logs', 'Properties', 'BucketName']);
  const empty = topic.properties(firstBranch)!;
  assert.equal([empty.kind, plain(empty), empty.path], ['object', {}, ['Resources', 'Topic']]);
  assert.equal(plain(gone.properties(branch(0))!), { TopicName: 't' });
  assert.is(gone.properties(branch(1)), undefined);
});

test('config parameters reach the properties', () => {
  const unit = adapt('Parameters:\n  Name:\n    Type: String\n    Default: logs\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Name\n', { Name: 'audit' });
  assert.equal(plain(unit.resources[0].properties(firstBranch)!), { BucketName: 'audit' });
});

test('properties are resolved once per distinct set of choices', () => {
  const unit = adapt('Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      A: !If [C, x, y]\n      N: 1\n');
  const r = unit.resources[0];
  assert.is(r.properties(branch(0)), r.properties(branch(0)));
  assert.is.not(r.properties(branch(0)), r.properties(branch(1)));
  const plainOnly = adapt('Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      N: 1\n').resources[0];
  assert.is(plainOnly.properties(branch(0)), plainOnly.properties(branch(1)));
});

test('the Condition of a resource is kept', () => {
  const unit = adapt('Conditions:\n  IsProd: !Equals [a, a]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Condition: IsProd\n  C:\n    Type: AWS::S3::Bucket\n');
  assert.equal(unit.resources.map((r) => r.condition), ['IsProd', undefined]);
});

test('inside a resource created only under a condition, an Fn::If on that condition takes its true branch', () => {
  const unit = adapt(`Conditions:
  IsProd: !Equals [a, a]
Resources:
  B:
    Type: AWS::S3::Bucket
    Condition: IsProd
    Properties:
      Sse: !If [IsProd, aws:kms, AES256]
      Other: !If [Big, large, small]
`);
  const asked: string[] = [];
  const last: Scenario = { choose: (id) => (asked.push(id), 1) };
  assert.equal(plain(unit.resources[0].properties(last)!), { Sse: 'aws:kms', Other: 'small' });
  assert.equal(asked, ['condition:Big']);
});

test('references: other resources named by Ref, GetAtt (both forms), Sub and DependsOn; not parameters, pseudo parameters or itself', () => {
  const unit = adapt(`Parameters:
  Env:
    Type: String
Resources:
  Key:
    Type: AWS::KMS::Key
  Role:
    Type: AWS::IAM::Role
  Queue:
    Type: AWS::SQS::Queue
  Topic:
    Type: AWS::SNS::Topic
  Table:
    Type: AWS::DynamoDB::Table
  Literal:
    Type: AWS::SNS::Topic
  Bucket:
    Type: AWS::S3::Bucket
    DependsOn: [Queue]
    Properties:
      A: !Ref Key
      B: !GetAtt Role.Arn
      C: !GetAtt [Topic, TopicName]
      D: !Sub "\${Table.Arn}/\${Env}/\${AWS::Region}/\${!Literal}/\${Bucket}"
      E: !Ref Bucket
      F: !Ref AWS::NoValue
  Other:
    Type: AWS::S3::Bucket
    DependsOn: Queue
`);
  const refs = (id: string) => [...unit.resources.find((r) => r.id === id)!.references].sort();
  assert.equal(refs('Bucket'), ['Key', 'Queue', 'Role', 'Table', 'Topic']);
  assert.equal(refs('Other'), ['Queue']);
  assert.equal(refs('Key'), []);
});

test('a document without Resources, or that is not a map, gives an empty unit', () => {
  assert.equal(adapt('AWSTemplateFormatVersion: "2010-09-09"\nDescription: nothing\n').resources, []);
  const list = adaptCloudFormation(parseDocument('l.yaml', '- a\n'));
  assert.equal([list.resources, list.policies, list.kind], [[], [], 'cloudformation']);
  const broken = adaptCloudFormation(parseDocument('b.json', '{"Resources": '));
  assert.equal([broken.resources, broken.policies], [[], []]);
});

// ---------------------------------------------------------------- embedded policy documents

const ROLE = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: {Service: lambda.amazonaws.com}
            Action: sts:AssumeRole
      Policies:
        - PolicyName: read
          PolicyDocument:
            Statement:
              - {Effect: Allow, Action: 's3:GetObject', Resource: '*'}
        - PolicyName: write
          PolicyDocument:
            Statement:
              - {Effect: Allow, Action: 's3:PutObject', Resource: !Sub 'arn:aws:s3:::\${AWS::AccountId}-logs/*'}
  Managed:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement: {Effect: Allow, Action: 'iam:*', Resource: '*'}
  BucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: logs
      PolicyDocument:
        Statement: [{Effect: Allow, Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::logs/*'}]
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Statement: [{Effect: Allow, Principal: {AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root'}, Action: 'kms:*', Resource: '*'}]
  NoPolicyKey:
    Type: AWS::KMS::Key
  Group:
    Type: AWS::IAM::Group
    Properties:
      Policies:
        - PolicyName: g
          PolicyDocument: {Statement: [{Effect: Allow, Action: 'ec2:*', Resource: '*'}]}
`;

test('a Role gives its trust policy and each inline policy, with kind, owner, name and path', () => {
  const unit = adapt(ROLE);
  const role = unit.resources.find((r) => r.id === 'Role')!;
  const mine = unit.policies.filter((p) => p.owner === role);
  assert.equal(
    mine.map((p) => [p.kind, p.name, p.file, p.path]),
    [
      ['trust', 'Role.AssumeRolePolicyDocument', 'stack.yaml', ['Resources', 'Role', 'Properties', 'AssumeRolePolicyDocument']],
      ['identity', 'Role.Policies[0].PolicyDocument', 'stack.yaml', ['Resources', 'Role', 'Properties', 'Policies', 0, 'PolicyDocument']],
      ['identity', 'Role.Policies[1].PolicyDocument', 'stack.yaml', ['Resources', 'Role', 'Properties', 'Policies', 1, 'PolicyDocument']],
    ],
  );
  assert.equal(docOf(mine[0]), { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  assert.equal(docOf(mine[1]), { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
  // a partly known value stays unknown inside the document, at its own path
  const write = mine[2].document(firstBranch)!;
  const statements = field(write, 'Statement');
  const resource = field(statements?.kind === 'list' ? statements.items[0] : undefined, 'Resource');
  assert.equal([resource?.kind, resource?.path], ['unknown', ['Resources', 'Role', 'Properties', 'Policies', 1, 'PolicyDocument', 'Statement', 0, 'Resource']]);
});

test('ManagedPolicy, BucketPolicy, KMS Key and Group give their documents; a Key without KeyPolicy gives none', () => {
  const unit = adapt(ROLE);
  assert.equal(
    unit.policies.filter((p) => p.owner?.type !== 'AWS::IAM::Role').map((p) => [p.owner?.id, p.kind, p.name]),
    [
      ['Managed', 'identity', 'Managed.PolicyDocument'],
      ['BucketPolicy', 'resource', 'BucketPolicy.PolicyDocument'],
      ['Key', 'resource', 'Key.KeyPolicy'],
      ['Group', 'identity', 'Group.Policies[0].PolicyDocument'],
    ],
  );
  assert.equal(docOf(policy(unit, 'Managed.PolicyDocument')), { Statement: { Effect: 'Allow', Action: 'iam:*', Resource: '*' } });
  assert.equal(docOf(policy(unit, 'BucketPolicy.PolicyDocument')), { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::logs/*' }] });
  assert.equal(policy(unit, 'Key.KeyPolicy').path, ['Resources', 'Key', 'Properties', 'KeyPolicy']);
});

test('a policy written as a JSON string is parsed where it stands: every node points at the string', () => {
  const unit = adapt(`Resources:
  LogsPolicy:
    Type: AWS::Logs::ResourcePolicy
    Properties:
      PolicyName: delivery
      PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"delivery.logs.amazonaws.com"},"Action":"logs:PutLogEvents","Resource":"*"}]}'
  Built:
    Type: AWS::Logs::ResourcePolicy
    Properties:
      PolicyName: built
      PolicyDocument: !ToJsonString {Statement: [{Effect: Allow, Principal: '*', Action: 'logs:*', Resource: '*'}]}
  Partly:
    Type: AWS::Logs::ResourcePolicy
    Properties:
      PolicyName: partly
      PolicyDocument: !Sub '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"\${AWS::AccountId}"},"Action":"logs:*","Resource":"*"}]}'
  NotJson:
    Type: AWS::Logs::ResourcePolicy
    Properties:
      PolicyName: bad
      PolicyDocument: '{not json'
`);
  const p = policy(unit, 'LogsPolicy.PolicyDocument');
  assert.is(p.kind, 'resource');
  const doc = p.document(firstBranch)!;
  assert.equal(plain(doc), {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'delivery.logs.amazonaws.com' }, Action: 'logs:PutLogEvents', Resource: '*' }],
  });
  const at = ['Resources', 'LogsPolicy', 'Properties', 'PolicyDocument'];
  const statement = field(doc, 'Statement');
  assert.equal([doc.path, statement?.path, statement?.kind === 'list' && field(statement.items[0], 'Action')?.path], [at, at, at]);
  assert.equal(docOf(policy(unit, 'Built.PolicyDocument')), { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'logs:*', Resource: '*' }] });
  // a string with unknown parts cannot be parsed: the document is unknown, never guessed
  assert.is(policy(unit, 'Partly.PolicyDocument').document(firstBranch)?.kind, 'unknown');
  // text that is not JSON stays the string it is
  assert.equal(docOf(policy(unit, 'NotJson.PolicyDocument')), '{not json');
});

test('policies inside an Fn::If are found on the branch that has them, and absent on the other', () => {
  const unit = adapt(`Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}
      Policies:
        - !If
          - IsDev
          - PolicyName: debug
            PolicyDocument: {Statement: [{Effect: Allow, Action: 's3:*', Resource: '*'}]}
          - !Ref AWS::NoValue
        - PolicyName: always
          PolicyDocument: {Statement: [{Effect: Allow, Action: 'sqs:SendMessage', Resource: '*'}]}
  Other:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: !If [Open, {Statement: [{Effect: Allow, Principal: '*', Action: sts:AssumeRole}]}, {Statement: []}]
      Policies: !If
        - IsDev
        - - PolicyName: a
            PolicyDocument: {Statement: [{Effect: Allow, Action: 'iam:*', Resource: '*'}]}
        - - PolicyName: b
            PolicyDocument: {Statement: [{Effect: Allow, Action: 'iam:Get*', Resource: '*'}]}
`);
  assert.equal(
    unit.policies.map((p) => [p.name, p.path.slice(2)]),
    [
      ['Role.AssumeRolePolicyDocument', ['Properties', 'AssumeRolePolicyDocument']],
      ['Role.Policies[0].PolicyDocument', ['Properties', 'Policies', 0, 'Fn::If', 1, 'PolicyDocument']],
      ['Role.Policies[1].PolicyDocument', ['Properties', 'Policies', 1, 'PolicyDocument']],
      ['Other.AssumeRolePolicyDocument', ['Properties', 'AssumeRolePolicyDocument']],
      ['Other.Policies[0].PolicyDocument', ['Properties', 'Policies', 'Fn::If', 1, 0, 'PolicyDocument']],
      ['Other.Policies[0].PolicyDocument', ['Properties', 'Policies', 'Fn::If', 2, 0, 'PolicyDocument']],
    ],
  );
  const [, debug, always, trust, a, b] = unit.policies;
  const action = (p: PolicyDocument, s: Scenario) => (docOf(p, s) as { Statement: { Action: string }[] } | undefined)?.Statement[0].Action;
  assert.equal([action(debug, branch(0)), action(debug, branch(1))], ['s3:*', undefined]);
  // the item after one removed by AWS::NoValue is still found on both branches
  assert.equal([action(always, branch(0)), action(always, branch(1))], ['sqs:SendMessage', 'sqs:SendMessage']);
  assert.equal([action(a, branch(0)), action(a, branch(1))], ['iam:*', undefined]);
  assert.equal([action(b, branch(0)), action(b, branch(1))], [undefined, 'iam:Get*']);
  assert.equal([docOf(trust, branch(1))], [{ Statement: [] }]);
});

test('other holders of policies: User, DynamoDB GlobalTable replicas, ECR repository, SQS queue policy', () => {
  const unit = adapt(`Resources:
  User:
    Type: AWS::IAM::User
    Properties:
      Policies: [{PolicyName: u, PolicyDocument: {Statement: []}}]
  Global:
    Type: AWS::DynamoDB::GlobalTable
    Properties:
      Replicas:
        - Region: eu-west-1
        - Region: us-east-1
          ResourcePolicy: {PolicyDocument: {Statement: []}}
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryPolicyText: {Statement: []}
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [q]
      PolicyDocument: {Statement: []}
  Queue:
    Type: AWS::SQS::Queue
`);
  assert.equal(
    unit.policies.map((p) => [p.name, p.kind]),
    [
      ['User.Policies[0].PolicyDocument', 'identity'],
      ['Global.Replicas[1].ResourcePolicy.PolicyDocument', 'resource'],
      ['Repo.RepositoryPolicyText', 'resource'],
      ['QueuePolicy.PolicyDocument', 'resource'],
    ],
  );
});

// ---------------------------------------------------------------- Lambda permissions

function permission(props: string, sections = '') {
  const unit = adapt(`${sections}Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n  Perm:\n    Type: AWS::Lambda::Permission\n    Properties:\n${props}`);
  const p = unit.policies.find((d) => d.owner?.id === 'Perm');
  assert.ok(p, 'a Lambda permission gives a policy document');
  return p;
}

test('a Lambda permission is rebuilt as a resource policy statement; a service principal goes under Service', () => {
  const p = permission(
    "      FunctionName: !GetAtt Fn.Arn\n      Action: lambda:InvokeFunction\n      Principal: s3.amazonaws.com\n      SourceArn: arn:aws:s3:::uploads\n      SourceAccount: '123456789012'\n",
  );
  assert.equal([p.kind, p.name, p.path], ['resource', 'Perm (Lambda permission)', ['Resources', 'Perm', 'Properties']]);
  const doc = p.document(firstBranch)!;
  // FunctionName is unknown (GetAtt), so the whole document has no plain form; read it part by part
  const statement = field(doc, 'Statement');
  assert.is(statement?.kind, 'list');
  const st = statement?.kind === 'list' ? statement.items[0] : undefined;
  assert.equal(plain(field(doc, 'Version')!), '2012-10-17');
  assert.equal(plain(field(st, 'Effect')!), 'Allow');
  assert.equal(plain(field(st, 'Principal')!), { Service: 's3.amazonaws.com' });
  assert.equal(plain(field(st, 'Action')!), 'lambda:InvokeFunction');
  assert.equal(field(st, 'Resource')?.kind, 'unknown');
  assert.equal(plain(field(st, 'Condition')!), { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' }, StringEquals: { 'aws:SourceAccount': '123456789012' } });
  // each part points at the property it came from
  const props = ['Resources', 'Perm', 'Properties'];
  assert.equal(field(field(st, 'Principal'), 'Service')?.path, [...props, 'Principal']);
  assert.equal(field(st, 'Action')?.path, [...props, 'Action']);
  assert.equal(field(field(field(st, 'Condition'), 'ArnLike'), 'aws:SourceArn')?.path, [...props, 'SourceArn']);
});

test('Lambda permission principals: an account goes under AWS, "*" stays "*", a service written with Sub is still a service', () => {
  const principal = (value: string) => {
    const doc = permission(`      FunctionName: fn\n      Action: lambda:InvokeFunction\n      Principal: ${value}\n`).document(firstBranch)!;
    const st = field(doc, 'Statement');
    const p = field(st?.kind === 'list' ? st.items[0] : undefined, 'Principal')!;
    return p.kind === 'object' ? [...p.entries].map(([k, v]) => [k, v.kind === 'unknown' ? v.symbol : plain(v)]) : plain(p);
  };
  assert.equal(principal("'123456789012'"), [['AWS', '123456789012']]);
  assert.equal(principal('arn:aws:iam::123456789012:root'), [['AWS', 'arn:aws:iam::123456789012:root']]);
  assert.equal(principal("'*'"), '*');
  assert.equal(principal('events.amazonaws.com.cn'), [['Service', 'events.amazonaws.com.cn']]);
  assert.equal(principal('!Sub "logs.${AWS::Region}.amazonaws.com"'), [['Service', 'Fn::Sub']]);
  assert.equal(principal('!Sub "s3.${AWS::URLSuffix}"'), [['Service', 'Fn::Sub']]);
  assert.equal(principal('!Ref AWS::AccountId'), [['AWS', 'AWS::AccountId']]);
});

test('a Lambda permission without a principal or conditions has neither in its statement', () => {
  const doc = permission('      FunctionName: fn\n      Action: lambda:InvokeFunction\n').document(firstBranch)!;
  assert.equal(plain(doc), { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: 'fn' }] });
  const unit = adapt('Resources:\n  Perm:\n    Type: AWS::Lambda::Permission\n');
  assert.equal(plain(unit.policies[0].document(firstBranch)!), { Version: '2012-10-17', Statement: [{ Effect: 'Allow' }] });
  const gone = adapt('Resources:\n  Perm:\n    Type: AWS::Lambda::Permission\n    Properties: !If [C, {Action: x}, !Ref AWS::NoValue]\n');
  assert.is(gone.policies[0].document(branch(1)), undefined);
});

test('Lambda permission conditions: PrincipalOrgID and FunctionUrlAuthType join SourceAccount under StringEquals', () => {
  const doc = permission(
    "      FunctionName: fn\n      Action: lambda:InvokeFunctionUrl\n      Principal: '*'\n      FunctionUrlAuthType: NONE\n      PrincipalOrgID: o-abc\n",
  ).document(firstBranch)!;
  const st = field(doc, 'Statement');
  assert.equal(plain(field(st?.kind === 'list' ? st.items[0] : undefined, 'Condition')!), {
    StringEquals: { 'aws:PrincipalOrgID': 'o-abc', 'lambda:FunctionUrlAuthType': 'NONE' },
  });
});

test.run();
