import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { matchesEvent, parseFilterPattern } from '../../src/logs/filter-pattern.ts';

const login = { eventName: 'ConsoleLogin', errorCode: undefined, additionalEventData: { MFAUsed: 'No' }, userIdentity: { type: 'IAMUser' }, n: 5, ok: true, nil: null, list: ['a', 'b'] };
const match = (pattern: string, event: unknown = login) => {
  const node = parseFilterPattern(pattern);
  assert.ok(node, `does not parse: ${pattern}`);
  return matchesEvent(node!, event);
};

test('quoted and unquoted strings, with case', () => {
  assert.is(match('{ $.eventName = "ConsoleLogin" }'), true);
  assert.is(match('{ $.eventName = ConsoleLogin }'), true);
  assert.is(match('{ $.eventName = "consolelogin" }'), false);
  assert.is(match('{ $.userIdentity.type = IAMUser }'), true);
});

test('wildcards anywhere in a string value', () => {
  assert.is(match('{ $.eventName = "Console*" }'), true);
  assert.is(match('{ $.eventName = "*Login" }'), true);
  assert.is(match('{ $.eventName = "C*L*n" }'), true);
  assert.is(match('{ $.eventName = "*Logout" }'), false);
});

test('a missing property: = and numeric comparisons do not match, != is not decided', () => {
  assert.is(match('{ $.errorCode = "AccessDenied*" }'), false);
  assert.is(match('{ $.missing > 1 }'), false);
  assert.is(match('{ $.missing != "x" }'), 'unknown');
  assert.is(match('{ $.additionalEventData.MFAUsed != "Yes" }'), true);
});

test('numbers, booleans, null and existence', () => {
  assert.is(match('{ $.n = 5 }'), true);
  assert.is(match('{ $.n >= 6 }'), false);
  assert.is(match('{ $.n < 6 }'), true);
  assert.is(match('{ $.ok IS TRUE }'), true);
  assert.is(match('{ $.ok IS FALSE }'), false);
  assert.is(match('{ $.nil IS NULL }'), true);
  assert.is(match('{ $.userIdentity.invokedBy NOT EXISTS }'), true);
  assert.is(match('{ $.eventName NOT EXISTS }'), false);
  assert.is(match('{ $.list[1] = "b" }'), true);
  assert.is(match('{ $.list[5] = "b" }'), false);
});

test('&& and || with parentheses', () => {
  assert.is(match('{ ($.eventName = ConsoleLogin) && ($.additionalEventData.MFAUsed != "Yes") }'), true);
  assert.is(match('{ ($.eventName = Other) || (($.n = 5) && ($.ok IS TRUE)) }'), true);
  assert.is(match('{ ($.eventName = Other) && (($.n = 5) || ($.ok IS TRUE)) }'), false);
});

test('&& mixed with || without parentheses: decided only when both readings agree', () => {
  // a || b && c: true either way when a and c hold.
  assert.is(match('{ $.n = 5 || $.eventName = Other && $.ok IS TRUE }'), true);
  // a || b && c with a true and c false: a || (b && c) is true, (a || b) && c is false.
  assert.is(match('{ $.n = 5 || $.eventName = Other && $.ok IS FALSE }'), 'unknown');
});

test('patterns that are not JSON patterns, or not understood, are not parsed', () => {
  assert.is(parseFilterPattern('ERROR'), undefined);
  assert.is(parseFilterPattern('[ip, user, ...]'), undefined);
  assert.is(parseFilterPattern('{ $.eventName = %Console.*% }'), undefined);
  assert.is(parseFilterPattern('{ $.eventName = "unterminated }'), undefined);
  assert.is(parseFilterPattern('{ ($.eventName = ConsoleLogin }'), undefined);
  assert.is(parseFilterPattern('{ }'), undefined);
});

test.run();
