import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FILLER, globWitness } from '../../src/iam/glob-witness.ts';
import { globMatches } from '../../src/iam/glob-match.ts';

test('a witness matches every glob, with FILLER where all of them are free', () => {
  assert.is(globWitness(['role/*', 'role/app-*']), `role/app-${FILLER}`);
  assert.is(globWitness(['role/*', '*']), `role/${FILLER}`);
  assert.is(globWitness(['a?c', '*']), `a${FILLER}c`);
  assert.is(globWitness(['stack/*/*', 'stack/app-*']), `stack/app-${FILLER}/${FILLER}`);
  for (const globs of [['role/*', 'role/app-*'], ['x*y*z', '*y*', 'x*']]) {
    const w = globWitness(globs)!;
    for (const g of globs) assert.ok(globMatches(g, w, false), `${g} matches ${w}`);
  }
});

test('no witness when the globs cannot meet', () => {
  assert.is(globWitness(['role/*', 'policy/*']), null);
  assert.is(globWitness(['role/a*b', 'role/*c']), null);
  assert.is(globWitness(['x', '']), null);
});

test('resources compare with case, actions without', () => {
  assert.not.ok(globMatches('arn:aws:s3:::Bucket', 'arn:aws:s3:::bucket', false));
  assert.ok(globMatches('IAM:passrole', 'iam:PassRole', true));
  assert.ok(globMatches('iam:Pass*', 'iam:PassRole', true));
  assert.not.ok(globMatches('iam:Pass?', 'iam:PassRole', true));
});

test.run();
