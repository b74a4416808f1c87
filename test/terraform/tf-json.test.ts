import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstBranch } from '../../src/model/scenario.ts';
import { attrs, dig, instance, loadFiles, vias, where } from './helpers.ts';

const JSON_CONFIG = JSON.stringify(
  {
    variable: { env: { default: 'prod', description: 'not a ${template}' } },
    locals: { name: 'app-${var.env}' },
    resource: {
      aws_s3_bucket: {
        logs: { bucket: '${local.name}-logs', tags: { Env: '${var.env}' }, count: '${var.env == "prod" ? 1 : 0}' },
      },
      aws_security_group: {
        sg: {
          dynamic: { ingress: { for_each: '${[22, 443]}', content: { from_port: '${ingress.value}' } } },
        },
      },
    },
    data: { aws_iam_policy_document: { p: { statement: [{ actions: ['s3:*'], resources: ['${aws_s3_bucket.logs[0].arn}'] }] } } },
  },
  null,
  2,
);

test('.tf.json: strings are templates (except variable blocks), dynamic blocks expand, positions are the JSON nodes', async () => {
  const r = await loadFiles({ 'main.tf.json': JSON_CONFIG, 'other.tf': 'resource "aws_x" "r" {\n  b = aws_s3_bucket.logs[0].bucket\n}\n' });
  assert.equal(r.instances.map((i) => i.address), ['aws_s3_bucket.logs[0]', 'aws_security_group.sg', 'aws_x.r', 'data.aws_iam_policy_document.p']);
  assert.equal(attrs(r, 'aws_s3_bucket.logs[0]'), { bucket: 'app-prod-logs', tags: { Env: 'prod' } });
  assert.equal(attrs(r, 'aws_security_group.sg'), { ingress: [{ from_port: 22 }, { from_port: 443 }] });
  assert.equal(attrs(r, 'aws_x.r'), { b: 'app-prod-logs' });
  const bucket = dig(instance(r, 'aws_s3_bucket.logs[0]').attributes(firstBranch), 'bucket')!;
  assert.is(where(r, bucket), 'main.tf.json:14:19');
  assert.equal(vias(bucket), ['local.name @ main.tf.json:9:13', 'default of variable "env" @ main.tf.json:4:18']);
  const json = dig(instance(r, 'data.aws_iam_policy_document.p').attributes(firstBranch), 'json');
  assert.equal(
    (dig(json, 'Statement', 0, 'Resource', 0) as { symbol: string }).symbol,
    'aws_s3_bucket.logs[0].arn',
  );
});

test.run();
