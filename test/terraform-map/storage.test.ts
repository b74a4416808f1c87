import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { adaptTerraform } from '../../src/adapters/terraform/adapter.ts';
import { runRulesByFile } from '../../src/engine/run-rules.ts';
import { firstBranch } from '../../src/model/scenario.ts';
import { compilePolicy } from '../../src/policies/compile.ts';
import { loadPolicyDir } from '../../src/policies/load.ts';
import { join } from 'node:path';
import { tfJson } from './instances.ts';
import { findings, shown, unitOf } from './run.ts';

const props = (text: string, id: string) => shown(unitOf(text).unit.resources.find((r) => r.id === id)!.properties(firstBranch)!);

test('encryption by default covers volumes that say nothing, or false', () => {
  const text = `{
  "resource": {
    "aws_ebs_encryption_by_default": { "on": {} },
    "aws_ebs_volume": { "a": { "size": 1 }, "b": { "size": 1, "encrypted": false } }
  }
}`;
  assert.equal(props(text, 'aws_ebs_volume.a'), { Size: 1, Encrypted: true });
  assert.equal(findings('ebs/encryption-at-rest', text), []);
});

test('… but not when it is turned off, and it stays unknown when unknown', () => {
  const off = `{ "resource": { "aws_ebs_encryption_by_default": { "off": { "enabled": false } }, "aws_ebs_volume": { "a": { "size": 1 } } } }`;
  assert.equal(findings('ebs/encryption-at-rest', off), ['1: aws_ebs_volume.a']);
  const unknown = `{ "resource": { "aws_ebs_encryption_by_default": { "x": { "enabled": "\${var.on}" } }, "aws_ebs_volume": { "a": { "size": 1, "encrypted": false } } } }`;
  assert.equal(findings('ebs/encryption-at-rest', unknown), []);
});

test('Kinesis: flat attributes become StreamEncryption', () => {
  const text = `{ "resource": { "aws_kinesis_stream": { "s": { "name": "s", "encryption_type": "KMS", "kms_key_id": "alias/aws/kinesis", "stream_mode_details": [{ "stream_mode": "ON_DEMAND" }] } } } }`;
  assert.equal(props(text, 'aws_kinesis_stream.s'), { Name: 's', StreamEncryption: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }, StreamModeDetails: { StreamMode: 'ON_DEMAND' } });
});

test('RDS: a point-in-time restore without restore_type is the default full copy, and is not checked', () => {
  const text = `{ "resource": { "aws_rds_cluster": { "c": { "engine": "aurora-mysql", "restore_to_point_in_time": [{ "source_cluster_identifier": "prod" }] } } } }`;
  assert.equal(props(text, 'aws_rds_cluster.c'), { Engine: 'aurora-mysql', SourceDBClusterIdentifier: 'prod', RestoreType: 'full-copy' });
  assert.equal(findings('rds/encryption-at-rest', text), []);
});

test('DynamoDB: server_side_encryption is SSESpecification', () => {
  const text = `{ "resource": { "aws_dynamodb_table": { "t": { "name": "t", "server_side_encryption": [{ "enabled": "true", "kms_key_arn": "\${aws_kms_key.k.arn}" }] } } } }`;
  assert.equal(props(text, 'aws_dynamodb_table.t'), { TableName: 't', SSESpecification: { SSEEnabled: true, KMSMasterKeyId: '?aws_kms_key.k.arn' } });
});

test('unmapped types stay under their Terraform type; data sources are not resources', () => {
  const text = `{ "resource": { "aws_route53_delegation_set": { "d": { "reference_name": "main" } } }, "data": { "aws_caller_identity": { "me": {} } } }`;
  const { unit } = unitOf(text);
  assert.equal(unit.resources.map((r) => `${r.provider} ${r.type} ${r.id}`), ['terraform aws_route53_delegation_set aws_route53_delegation_set.d']);
  assert.equal(shown(unit.resources[0].properties(firstBranch)!), { reference_name: 'main' });
});

test('findings are in the file of the value at fault, or of the block that lacks a property', () => {
  const buckets = tfJson('buckets.tf.json', `{ "resource": { "aws_s3_bucket": { "b": { "bucket": "b" }, "c": { "bucket": "c" } } } }`);
  const encryption = tfJson(
    'encryption.tf.json',
    `{ "resource": { "aws_s3_bucket_server_side_encryption_configuration": { "b": { "bucket": "\${aws_s3_bucket.b.id}", "rule": [{ "apply_server_side_encryption_by_default": [{ "sse_algorithm": "AES256" }] }] } } } }`,
  );
  const unit = adaptTerraform([...buckets.instances, ...encryption.instances], new Map([[buckets.doc.file, buckets.doc], [encryption.doc.file, encryption.doc]]), '.');
  const rule = compilePolicy(loadPolicyDir(join(import.meta.dirname, '..', '..', 'policies')).policies.find((p) => p.spec.id === 's3/encryption-at-rest')!);
  const found = runRulesByFile(unit, [{ rule, severity: 'warning' }]).map((f) => `${f.file}:${f.finding.location.start.line} ${f.finding.resource}`);
  assert.equal(found.sort(), ['buckets.tf.json:1 aws_s3_bucket.c', 'encryption.tf.json:1 aws_s3_bucket.b']);
});

test.run();
