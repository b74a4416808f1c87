import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compilePolicy } from '../../src/policies/compile.ts';
import type { PolicySpec } from '../../src/policies/types.ts';
import { lintText } from '../helpers/lint-text.ts';

function policy(over: Partial<PolicySpec>) {
  const spec: PolicySpec = {
    id: 'test/policy',
    title: 'A test policy',
    description: 'Checks what the test says.',
    severity: 'warning',
    category: 'iam',
    given: [{ policies: { kinds: ['identity'] } }],
    assert: { path: 'Statement', fn: 'absent' },
    message: '{{resource}}: {{policy}} ({{value}})',
    ...over,
  };
  return compilePolicy({ file: 'test/policy.yaml', spec });
}

const ROLE = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}
      Policies:
        - !If
          - Debug
          - PolicyName: debug
            PolicyDocument:
              Statement:
                - {Effect: Allow, Action: 's3:*', Resource: '*'}
          - !Ref AWS::NoValue
        - PolicyName: always
          PolicyDocument:
            Statement:
              - {Effect: Allow, Action: 'sqs:*', Resource: '*'}
`;

test('a policy on IAM documents checks one written inside an Fn::If, on the branch that has it', () => {
  const wildcard = policy({
    given: [{ policies: { kinds: ['identity'] }, each: 'Statement[*]' }],
    assert: { not: { path: 'Action[*]', quantifier: 'any', fn: 'pattern', options: { regex: ':\\*$' } } },
  });
  const findings = lintText('stack.yaml', ROLE, [wildcard]);
  assert.equal(
    findings.map((f) => [f.location.start.line, f.message, f.scenario]),
    [
      [12, 'Role: Role.Policies[0].PolicyDocument (s3:*)', 'when condition Debug is true'],
      [17, 'Role: Role.Policies[1].PolicyDocument (sqs:*)', undefined],
    ],
  );
});

test('a document that a scenario leaves out is not checked in that scenario', () => {
  // every document written has a Statement; on the branch without the debug policy there is no document to blame
  assert.equal(lintText('stack.yaml', ROLE, [policy({ assert: { path: 'Statement', fn: 'exists' } })]), []);
  const absent = lintText('stack.yaml', ROLE, [policy({ assert: { path: 'Statement', fn: 'absent' } })]);
  assert.equal(
    absent.map((f) => [f.location.start.line, f.scenario]),
    [
      [12, 'when condition Debug is true'],
      [17, undefined],
    ],
  );
});

test.run();
