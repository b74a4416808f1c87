import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { UsageError, parseCliArgs } from '../../src/cli/args.ts';

test('--var-file and --var repeat; a value is everything after the first =, and a later one wins', () => {
  const o = parseCliArgs(['--var-file', 'prod.tfvars', '--var', 'env=prod', '--var', 'tags={a="b=c"}', '--var-file', 'extra.tfvars', '--var', 'env=stage', 'infra']);
  assert.equal(o.varFiles, ['prod.tfvars', 'extra.tfvars']);
  assert.equal(o.vars, { env: 'stage', tags: '{a="b=c"}' });
  assert.equal(o.paths, ['infra']);
  assert.equal(parseCliArgs([]).vars, {});
});

test('--var without a name is a usage error', () => {
  assert.throws(() => parseCliArgs(['--var', '=x']), (e: unknown) => e instanceof UsageError && /NAME=VALUE/.test((e as Error).message));
  assert.throws(() => parseCliArgs(['--var', 'novalue']), (e: unknown) => e instanceof UsageError);
});

test.run();
