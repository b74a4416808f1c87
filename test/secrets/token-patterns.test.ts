import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findToken, MIN_TOKEN_LENGTH } from '../../src/secrets/token-patterns.ts';

// Synthetic credentials of each shape (none is real), inside some surrounding text.
const x = (n: number, c = 'a') => c.repeat(n);
const SAMPLES: [string, string][] = [
  ['an AWS access key id', `key=AKIA${x(16, 'Q')} end`],
  ['an AWS access key id', `ASIA${x(16, 'Z')}`],
  ['an AWS secret access key', `AWS_SECRET_ACCESS_KEY=${x(40, 'b')}`],
  ['an AWS secret access key', `"aws_secret_key": "${x(40, 'C')}"`],
  ['a private key', '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n'],
  ['a GitHub token', `token ghp_${x(36, 'd')}`],
  ['a GitHub token', `github_pat_${x(45, 'e')}`],
  ['a GitLab token', `glpat-${x(20, 'f')}`],
  ['a Slack token', `xoxb-${x(12, '1')}`],
  ['a Slack webhook URL', `https://hooks.slack.com/services/T${x(8, 'A')}/B${x(8, 'B')}/${x(24, 'c')}`],
  ['a Stripe live key', `sk_live_${x(24, 'g')}`],
  ['a Google API key', `AIza${x(35, 'h')}`],
  ['a SendGrid API key', `SG.${x(22, 'i')}.${x(43, 'j')}`],
  ['an npm token', `//registry/:_authToken=npm_${x(36, 'k')}`],
  ['an OpenAI API key', `sk-proj-${x(20, 'l')}T3BlbkFJ${x(20, 'm')}`],
  ['an Anthropic API key', `sk-ant-api03-${x(90, 'n')}`],
  ['a Login with Amazon refresh token', `Atzr|${x(48, 'o')}`],
  ['a password in a URL', 'postgres://admin:s3cr3tpw@db.example.internal:5432/app'],
];

test('findToken: each kind of credential is recognised by its shape', () => {
  for (const [kind, text] of SAMPLES) assert.is(findToken(text)?.kind, kind, text);
});

test('findToken: texts shorter than MIN_TOKEN_LENGTH are skipped, and the shortest credential of each shape is not', () => {
  // The shortest text each pattern accepts; findToken skips shorter texts without scanning them.
  const shortest: [string, string][] = [
    ['a password in a URL', 'ab://c:d@e'],
    ['an AWS access key id', `AKIA${x(16, 'Q')}`],
    ['a Slack token', `xoxb-${x(10, '1')}`],
    ['a GitLab token', `glpat-${x(20, 'f')}`],
  ];
  for (const [kind, text] of shortest) {
    assert.ok(text.length >= MIN_TOKEN_LENGTH, text);
    assert.is(findToken(text)?.kind, kind, text);
  }
  assert.is(MIN_TOKEN_LENGTH, 'ab://c:d@e'.length, 'the bound is the shortest password in a URL');
  for (const [, text] of SAMPLES) assert.ok(text.length >= MIN_TOKEN_LENGTH, text);
});

test('findToken: the same shapes in other case still reach the patterns (the quick pre-scan ignores case)', () => {
  assert.is(findToken(`Aws_Secret_Access_Key: ${x(40, 'b')}`)?.kind, 'an AWS secret access key');
  assert.is(findToken('MYSQL://root:hunter22@db.internal/app')?.kind, 'a password in a URL');
});

test('findToken: documentation examples, placeholders and plain text are not credentials', () => {
  assert.is(findToken('AKIAIOSFODNN7EXAMPLE'), undefined);
  assert.is(findToken('postgres://admin:${DbPassword}@db.internal/app'), undefined);
  assert.is(findToken('postgres://admin:****@db.internal/app'), undefined);
  assert.is(findToken('arn:aws:s3:::my-bucket/logs/*'), undefined);
  assert.is(findToken('https://example.com/path'), undefined);
  assert.is(findToken('a long sentence about secrets without any key in it'), undefined);
});

test.run();
