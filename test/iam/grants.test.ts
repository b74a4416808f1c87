import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { POLICY, ROLE } from '../../src/iam/arn-classes.ts';
import { clausesOf } from '../../src/iam/clause.ts';
import { findGrant } from '../../src/iam/grants.ts';
import { jsonValue } from '../../src/iam/json-value.ts';
import type { ObjectValue } from '../../src/model/value.ts';
import { unknown } from '../../src/model/value.ts';
import { clauses } from './helpers.ts';

const FUNCTION = 'arn:*:lambda:*:*:function:*';
const allow = (Action: string | string[], Resource: string | string[], Condition?: unknown) => ({ Effect: 'Allow', Action, Resource, ...(Condition ? { Condition } : {}) });
const deny = (Action: string | string[], Resource: string | string[], Condition?: unknown) => ({ Effect: 'Deny', Action, Resource, ...(Condition ? { Condition } : {}) });

test('an action pattern grants the actions it matches, without case', () => {
  assert.ok(findGrant({ clauses: clauses(allow('IAM:Pass*', '*')) }, { actions: ['iam:PassRole'], on: ROLE }));
  assert.is(findGrant({ clauses: clauses(allow('iam:Get*', '*')) }, { actions: ['iam:PassRole'], on: ROLE }), null);
});

test('a resource pattern counts: AWS managed policies cannot be changed, app-* policies can', () => {
  const q = { actions: ['iam:CreatePolicyVersion'], on: POLICY };
  assert.is(findGrant({ clauses: clauses(allow('iam:CreatePolicyVersion', 'arn:aws:iam::aws:policy/*')) }, q), null);
  assert.ok(findGrant({ clauses: clauses(allow('iam:CreatePolicyVersion', 'arn:aws:iam::123456789012:policy/app-*')) }, q));
  assert.ok(findGrant({ clauses: clauses(allow('iam:CreatePolicyVersion', '*')) }, q));
  // A resource of another kind, and a policy named one by one, give no escalation.
  assert.is(findGrant({ clauses: clauses(allow('iam:CreatePolicyVersion', 'arn:aws:iam::123456789012:role/*')) }, q), null);
  assert.is(findGrant({ clauses: clauses(allow('iam:CreatePolicyVersion', 'arn:aws:iam::123456789012:policy/app-reader')) }, q), null);
});

test('an explicit Deny removes what it matches, by action and resource pattern', () => {
  const q = { actions: ['iam:PassRole'], on: ROLE };
  assert.is(findGrant({ clauses: clauses(allow('*', '*'), deny('iam:*', '*')) }, q), null);
  assert.is(findGrant({ clauses: clauses(allow('iam:PassRole', 'arn:aws:iam::*:role/app-*'), deny('iam:PassRole', 'arn:aws:iam::*:role/*')) }, q), null);
  // Denying some roles leaves the others.
  const g = findGrant({ clauses: clauses(allow('iam:PassRole', '*'), deny('iam:PassRole', 'arn:aws:iam::*:role/admin*')) }, q);
  assert.ok(g && !g.conditional);
  // A Deny of other actions, or of other resources, removes nothing.
  assert.ok(findGrant({ clauses: clauses(allow('iam:PassRole', '*'), deny('iam:Delete*', '*'), deny('*', 'arn:aws:s3:::*')) }, q));
});

test('NotAction and NotResource grant everything they do not list', () => {
  const q = { actions: ['iam:PassRole'], on: ROLE };
  assert.ok(findGrant({ clauses: clauses({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }) }, q));
  assert.is(findGrant({ clauses: clauses({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }) }, q), null);
  assert.ok(findGrant({ clauses: clauses({ Effect: 'Allow', Action: 'iam:PassRole', NotResource: 'arn:aws:iam::*:role/admin' }) }, q));
  assert.is(findGrant({ clauses: clauses({ Effect: 'Allow', Action: 'iam:PassRole', NotResource: 'arn:aws:iam::*:role/*' }) }, q), null);
  // A Deny with NotAction denies everything else.
  assert.is(findGrant({ clauses: clauses(allow('*', '*'), { Effect: 'Deny', NotAction: 'ec2:*', Resource: '*' }) }, q), null);
  assert.ok(findGrant({ clauses: clauses(allow('*', '*'), { Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }) }, q));
});

test('conditions: unusable removes, narrowing keeps the grant conditional, a conditional Deny only narrows', () => {
  const q = { actions: ['iam:PassRole'], on: ROLE };
  assert.is(findGrant({ clauses: clauses(allow('iam:PassRole', '*', { DateLessThan: { 'aws:CurrentTime': '2001-01-01T00:00:00Z' } })) }, q), null);
  const narrow = findGrant({ clauses: clauses(allow('iam:PassRole', '*', { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } })) }, q);
  assert.ok(narrow?.conditional);
  assert.equal(narrow?.conditionKeys, ['aws:SourceIp']);
  const mfa = findGrant({ clauses: clauses(allow('iam:PassRole', '*'), deny('*', '*', { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } })) }, q);
  assert.ok(mfa?.conditional);
  assert.is(mfa?.conditionalDenies.length, 1);
  // A Deny whose condition never holds removes nothing and narrows nothing.
  const never = findGrant({ clauses: clauses(allow('iam:PassRole', '*'), deny('*', '*', { DateLessThan: { 'aws:CurrentTime': '2001-01-01' } })) }, q);
  assert.ok(never && !never.conditional);
  // An unconditional grant wins over a conditional one.
  const both = findGrant({ clauses: clauses(allow('iam:PassRole', '*', { Bool: { 'aws:SecureTransport': 'true' } }), allow('iam:PassRole', 'arn:aws:iam::*:role/*')) }, q);
  assert.ok(both && !both.conditional);
});

test('a condition on the key the attack sets decides the grant', () => {
  const toEc2 = { actions: ['iam:PassRole'], on: ROLE, context: { 'iam:passedtoservice': 'ec2.amazonaws.com' } };
  const onlyLambda = clauses(allow('iam:PassRole', '*', { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } }));
  assert.is(findGrant({ clauses: onlyLambda }, toEc2), null);
  const g = findGrant({ clauses: onlyLambda }, { ...toEc2, context: { 'iam:passedtoservice': 'lambda.amazonaws.com' } });
  assert.ok(g && !g.conditional);
});

test('actions needed together must reach one and the same resource', () => {
  const q = { actions: ['lambda:CreateFunction', 'lambda:InvokeFunction'], on: FUNCTION };
  const apart = clauses(allow('lambda:CreateFunction', 'arn:aws:lambda:*:*:function:build-*'), allow('lambda:InvokeFunction', 'arn:aws:lambda:*:*:function:run-*'));
  assert.is(findGrant({ clauses: apart }, q), null);
  const overlap = clauses(allow('lambda:CreateFunction', 'arn:aws:lambda:*:*:function:app-*'), allow('lambda:InvokeFunction', 'arn:aws:lambda:*:*:function:*'));
  const g = findGrant({ clauses: overlap }, q);
  assert.ok(g);
  assert.equal(g!.allowed.map((a) => a.resource), ['arn:aws:lambda:*:*:function:app-*', 'arn:aws:lambda:*:*:function:*']);
});

test('a named resource is no escalation, unless the attacker makes it and picks the name', () => {
  const named = clauses(allow(['lambda:CreateFunction', 'lambda:UpdateFunctionCode'], 'arn:aws:lambda:eu-west-1:123456789012:function:report'));
  assert.is(findGrant({ clauses: named }, { actions: ['lambda:UpdateFunctionCode'], on: FUNCTION }), null);
  assert.ok(findGrant({ clauses: named }, { actions: ['lambda:CreateFunction'], on: FUNCTION, creates: true }));
  // The name of a stack is what its ARN names; the id after it is not a choice of resources.
  const STACK = 'arn:*:cloudformation:*:*:stack/*/*';
  const q = { actions: ['cloudformation:UpdateStack'], on: STACK };
  assert.is(findGrant({ clauses: clauses(allow('cloudformation:UpdateStack', 'arn:aws:cloudformation:*:*:stack/web/*')) }, q), null);
  assert.ok(findGrant({ clauses: clauses(allow('cloudformation:UpdateStack', 'arn:aws:cloudformation:*:*:stack/web-*/*')) }, q));
});

test('resource-less actions are only allowed by Resource "*"', () => {
  const q = { actions: ['glue:CreateDevEndpoint'], on: '*' };
  assert.ok(findGrant({ clauses: clauses(allow('glue:CreateDevEndpoint', '*')) }, q));
  assert.is(findGrant({ clauses: clauses(allow('glue:CreateDevEndpoint', 'arn:aws:glue:*:*:devEndpoint/*')) }, q), null);
  assert.is(findGrant({ clauses: clauses(allow('glue:CreateDevEndpoint', '*'), deny('glue:*', '*')) }, q), null);
  assert.ok(findGrant({ clauses: clauses(allow('glue:CreateDevEndpoint', '*'), deny('glue:*', 'arn:aws:glue:*:*:*')) }, q));
});

test('a permissions boundary must allow the grant too', () => {
  const q = { actions: ['iam:PassRole'], on: ROLE };
  const identity = clauses(allow('*', '*'));
  assert.is(findGrant({ clauses: identity, boundary: clauses(allow('s3:*', '*')) }, q), null);
  assert.is(findGrant({ clauses: identity, boundary: clauses(allow('iam:PassRole', 'arn:aws:iam::*:role/app-worker')) }, q), null);
  const g = findGrant({ clauses: identity, boundary: clauses(allow('iam:PassRole', 'arn:aws:iam::*:role/app-*')) }, q);
  assert.ok(g);
  assert.is(g!.boundary.length, 1);
  assert.is(findGrant({ clauses: identity, boundary: clauses(allow('*', '*'), deny('iam:PassRole', '*')) }, q), null);
});

test.run();

test("a grant on the principal's own policy counts when a reference names it: Ref, GetAtt or a Terraform address", () => {
  const q = { actions: ['iam:CreatePolicyVersion'], on: POLICY, own: true };
  /** One Allow of the action on a value only known at deploy time, with that symbol. */
  const on = (symbol: string) => {
    const doc = jsonValue({ Version: '2012-10-17', Statement: [allow('iam:CreatePolicyVersion', 'x')] }, []) as ObjectValue;
    const statement = (doc.entries.get('Statement') as { items: ObjectValue[] }).items[0];
    statement.entries.set('Resource', unknown(['Statement', 0, 'Resource'], symbol));
    return clausesOf(doc, 'test');
  };
  const own = (id: string) => new Map([[id, POLICY]]);
  assert.ok(findGrant({ clauses: on('Ref Deploy'), own: own('Deploy') }, q));
  assert.ok(findGrant({ clauses: on('aws_iam_policy.deploy.arn'), own: own('aws_iam_policy.deploy') }, q));
  assert.ok(findGrant({ clauses: on('aws_iam_policy.deploy[0].arn'), own: own('aws_iam_policy.deploy[0]') }, q));
  // Another policy of the configuration, or one that is no resource at all, is not the principal's own.
  assert.is(findGrant({ clauses: on('aws_iam_policy.other.arn'), own: own('aws_iam_policy.deploy') }, q), null);
  assert.is(findGrant({ clauses: on('var.policy_arn'), own: own('aws_iam_policy.deploy') }, q), null);
});
