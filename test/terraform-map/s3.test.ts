import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstBranch } from '../../src/model/scenario.ts';
import { plain } from '../../src/model/value.ts';
import type { Value } from '../../src/model/value.ts';
import { findings, shown, unitOf } from './run.ts';

const props = (text: string, id: string): Value | undefined => unitOf(text).unit.resources.find((r) => r.id === id)?.properties(firstBranch);

const bucketWith = (sse: string) => `{
  "resource": {
    "aws_s3_bucket": { "data": { "bucket": "acme-data" } },
    "aws_s3_bucket_server_side_encryption_configuration": {
      "data": {
        "bucket": ${sse},
        "rule": [{ "apply_server_side_encryption_by_default": [{ "sse_algorithm": "AES256" }] }]
      }
    }
  }
}`;

test('an encryption configuration resource is merged into the bucket it names by reference', () => {
  const p = props(bucketWith('"${aws_s3_bucket.data.id}"'), 'aws_s3_bucket.data');
  assert.equal(plain(p!), {
    BucketName: 'acme-data',
    BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
  });
});

test('… or by the bucket name written literally', () => {
  const p = props(bucketWith('"acme-data"'), 'aws_s3_bucket.data');
  assert.ok(plain(p!) && JSON.stringify(plain(p!)).includes('AES256'));
});

test('… and not into a bucket it does not name, nor one a data source of the same name reads', () => {
  assert.equal(plain(props(bucketWith('"someone-else"'), 'aws_s3_bucket.data')!), { BucketName: 'acme-data' });
  assert.equal(plain(props(bucketWith('"${data.aws_s3_bucket.data.id}"'), 'aws_s3_bucket.data')!), { BucketName: 'acme-data' });
});

test('the finding points at the sse_algorithm of the separate resource, and names the bucket', () => {
  assert.equal(findings('s3/encryption-at-rest', bucketWith('"${aws_s3_bucket.data.bucket}"')), ['7: aws_s3_bucket.data']);
});

test('a bucket without any encryption is reported at its block', () => {
  const text = `{
  "resource": {
    "aws_s3_bucket": {
      "logs": { "bucket": "acme-logs" }
    }
  }
}`;
  assert.equal(findings('s3/encryption-at-rest', text), ['4: aws_s3_bucket.logs']);
});

test('inline encryption (AWS provider 3) with KMS passes', () => {
  const text = `{
  "resource": {
    "aws_s3_bucket": {
      "b": {
        "server_side_encryption_configuration": [{
          "rule": [{ "apply_server_side_encryption_by_default": [{ "sse_algorithm": "aws:kms", "kms_master_key_id": "\${aws_kms_key.k.arn}" }] }]
        }]
      }
    }
  }
}`;
  assert.equal(findings('s3/encryption-at-rest', text), []);
});

test('an encryption rule from a dynamic block over an unknown collection is unknown, not missing', () => {
  const text = `{
  "resource": {
    "aws_s3_bucket": {
      "b": { "server_side_encryption_configuration": "\${var.sse}" }
    }
  }
}`;
  assert.equal(findings('s3/encryption-at-rest', text), []);
});

test('public access block, versioning, logging and ACL resources land on the bucket', () => {
  const text = `{
  "resource": {
    "aws_s3_bucket": { "b": { "bucket": "x" } },
    "aws_s3_bucket_public_access_block": { "b": { "bucket": "\${aws_s3_bucket.b.id}", "block_public_acls": "true", "restrict_public_buckets": false } },
    "aws_s3_bucket_versioning": { "b": { "bucket": "\${aws_s3_bucket.b.id}", "versioning_configuration": [{ "status": "Enabled" }] } },
    "aws_s3_bucket_logging": { "b": { "bucket": "x", "target_bucket": "\${aws_s3_bucket.logs.id}", "target_prefix": "b/" } },
    "aws_s3_bucket_acl": { "b": { "bucket": "x", "acl": "public-read" } }
  }
}`;
  const p = shown(props(text, 'aws_s3_bucket.b')!) as Record<string, unknown>;
  assert.equal(p.PublicAccessBlockConfiguration, { BlockPublicAcls: true, RestrictPublicBuckets: false });
  assert.equal(p.VersioningConfiguration, { Status: 'Enabled' });
  assert.equal(p.AccessControl, 'PublicRead');
  assert.equal(p.LoggingConfiguration, { DestinationBucketName: '?aws_s3_bucket.logs.id', LogFilePrefix: 'b/' });
});

test('the sub-resources stay in the model under their Terraform types', () => {
  const { unit } = unitOf(bucketWith('"acme-data"'));
  assert.equal(
    unit.resources.map((r) => `${r.type} ${r.id}`),
    ['AWS::S3::Bucket aws_s3_bucket.data', 'aws_s3_bucket_server_side_encryption_configuration aws_s3_bucket_server_side_encryption_configuration.data'],
  );
});

test('a sub-resource says which bucket it was merged into, and one that names no declared bucket says none', () => {
  const text = `{
  "variable": { "name": {} },
  "resource": {
    "aws_s3_bucket": { "b": { "bucket": "x" } },
    "aws_s3_bucket_public_access_block": {
      "byRef": { "bucket": "\${aws_s3_bucket.b.id}" },
      "byName": { "bucket": "x" },
      "elsewhere": { "bucket": "\${var.name}", "block_public_policy": false },
      "literal": { "bucket": "not-declared" }
    }
  }
}`;
  const { unit } = unitOf(text);
  const into = (id: string) => unit.resources.find((r) => r.id === `aws_s3_bucket_public_access_block.${id}`)!.mergedInto;
  assert.equal(into('byRef'), ['aws_s3_bucket.b']);
  assert.equal(into('byName'), ['aws_s3_bucket.b']);
  assert.is(into('elsewhere'), undefined);
  assert.is(into('literal'), undefined);
  assert.equal(findings('s3/bucket-public-access-block', text), ['8: aws_s3_bucket_public_access_block.elsewhere', '9: aws_s3_bucket_public_access_block.literal']);
});

test('a counted encryption configuration goes to the bucket with its own index', () => {
  const text = `{
  "resource": {
    "aws_s3_bucket": { "b[0]": { "bucket": "one" }, "b[1]": { "bucket": "two" } },
    "aws_s3_bucket_server_side_encryption_configuration": {
      "e[1]": { "bucket": "\${aws_s3_bucket.b[1].id}", "rule": [{ "apply_server_side_encryption_by_default": [{ "sse_algorithm": "aws:kms" }] }] }
    }
  }
}`;
  const { unit } = unitOf(text);
  const enc = (id: string) => JSON.stringify(plain(unit.resources.find((r) => r.id === id)!.properties(firstBranch)!));
  assert.not.ok(enc('aws_s3_bucket.b[0]').includes('aws:kms'));
  assert.ok(enc('aws_s3_bucket.b[1]').includes('aws:kms'));
});

test.run();
