import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { clauses } from './helpers.ts';

const scope = (statement: Record<string, unknown>) => clauses({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', ...statement })[0].principals;

test('identity statements apply to the identity', () => {
  assert.equal(scope({}), { kind: 'self' });
});

test('"*" and {"AWS": "*"} are everyone; other principals are named', () => {
  assert.equal(scope({ Principal: '*' }), { kind: 'anyone', except: [] });
  assert.equal(scope({ Principal: { AWS: ['arn:aws:iam::111122223333:root', '*'] } }), { kind: 'anyone', except: [] });
  assert.equal(scope({ Principal: { Service: 'lambda.amazonaws.com' } }), { kind: 'listed', principals: [{ type: 'Service', id: 'lambda.amazonaws.com' }] });
});

test('NotPrincipal is everyone but the listed principals', () => {
  assert.equal(scope({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:user/Bob' } }), { kind: 'anyone', except: [{ type: 'AWS', id: 'arn:aws:iam::111122223333:user/Bob' }] });
});

test.run();
