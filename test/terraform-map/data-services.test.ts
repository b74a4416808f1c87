import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstBranch } from '../../src/model/scenario.ts';
import { shown, unitOf } from './run.ts';

const props = (text: string, id: string) => shown(unitOf(text).unit.resources.find((r) => r.id === id)!.properties(firstBranch)!);

test('search domains: log publishing blocks are keyed by log type, on unless they say otherwise', () => {
  const text = `{ "resource": { "aws_opensearch_domain": { "d": { "domain_name": "d", "log_publishing_options": [
    { "log_type": "AUDIT_LOGS", "cloudwatch_log_group_arn": "arn:audit" },
    { "log_type": "INDEX_SLOW_LOGS", "cloudwatch_log_group_arn": "arn:slow", "enabled": "false" } ] } } } }`;
  assert.equal(props(text, 'aws_opensearch_domain.d'), {
    DomainName: 'd',
    LogPublishingOptions: { AUDIT_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: 'arn:audit' }, INDEX_SLOW_LOGS: { Enabled: false, CloudWatchLogsLogGroupArn: 'arn:slow' } },
  });
});

test('search domains: a log type known only at apply time leaves every log unknown', () => {
  const text = `{ "variable": { "t": {} }, "resource": { "aws_elasticsearch_domain": { "d": { "domain_name": "d", "log_publishing_options": [{ "log_type": "\${var.t}" }] } } } }`;
  assert.equal(props(text, 'aws_elasticsearch_domain.d'), { DomainName: 'd', LogPublishingOptions: '?var.t' });
});

test('search domains: a domain_endpoint_options block requires HTTPS unless it says otherwise', () => {
  const text = `{ "resource": { "aws_opensearch_domain": { "d": { "domain_name": "d", "domain_endpoint_options": [{ "tls_security_policy": "Policy-Min-TLS-1-2-2019-07" }] } } } }`;
  assert.equal(props(text, 'aws_opensearch_domain.d'), { DomainName: 'd', DomainEndpointOptions: { TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07', EnforceHTTPS: true } });
});

test('Firehose: the source block is DeliveryStreamType; enabled encryption defaults to an AWS owned key', () => {
  const text = `{ "resource": { "aws_kinesis_firehose_delivery_stream": {
    "a": { "name": "a", "server_side_encryption": [{ "enabled": true }] },
    "b": { "name": "b", "server_side_encryption": [{ "enabled": false, "key_type": "CUSTOMER_MANAGED_CMK" }] },
    "c": { "name": "c", "kinesis_source_configuration": [{ "kinesis_stream_arn": "arn:stream", "role_arn": "arn:role" }] } } } }`;
  assert.equal(props(text, 'aws_kinesis_firehose_delivery_stream.a'), { DeliveryStreamName: 'a', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } });
  assert.equal(props(text, 'aws_kinesis_firehose_delivery_stream.b'), { DeliveryStreamName: 'b', DeliveryStreamEncryptionConfigurationInput: {} });
  assert.equal(props(text, 'aws_kinesis_firehose_delivery_stream.c'), {
    DeliveryStreamName: 'c',
    KinesisStreamSourceConfiguration: { KinesisStreamARN: 'arn:stream', RoleARN: 'arn:role' },
    DeliveryStreamType: 'KinesisStreamAsSource',
  });
});

test('Glue: the one s3_encryption block is an item of S3Encryptions', () => {
  const text = `{ "resource": { "aws_glue_security_configuration": { "s": { "name": "s", "encryption_configuration": [{
    "cloudwatch_encryption": [{ "cloudwatch_encryption_mode": "DISABLED" }],
    "job_bookmarks_encryption": [{ "job_bookmarks_encryption_mode": "CSE-KMS", "kms_key_arn": "arn:key" }],
    "s3_encryption": [{ "s3_encryption_mode": "SSE-KMS" }] }] } } } }`;
  assert.equal(props(text, 'aws_glue_security_configuration.s'), {
    Name: 's',
    EncryptionConfiguration: {
      CloudWatchEncryption: { CloudWatchEncryptionMode: 'DISABLED' },
      JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'CSE-KMS', KmsKeyArn: 'arn:key' },
      S3Encryptions: [{ S3EncryptionMode: 'SSE-KMS' }],
    },
  });
});

test('FSx: each Terraform file system type says its FileSystemType', () => {
  const text = `{ "resource": { "aws_fsx_lustre_file_system": { "l": { "storage_capacity": 1200, "deployment_type": "SCRATCH_2" } } } }`;
  assert.equal(props(text, 'aws_fsx_lustre_file_system.l'), { StorageCapacity: 1200, LustreConfiguration: { DeploymentType: 'SCRATCH_2' }, FileSystemType: 'LUSTRE' });
});

test("Backup: a vault lock configuration is the vault's LockConfiguration", () => {
  const text = `{ "resource": { "aws_backup_vault": { "v": { "name": "v" } }, "aws_backup_vault_lock_configuration": { "l": { "backup_vault_name": "\${aws_backup_vault.v.name}", "min_retention_days": "7" } } } }`;
  assert.equal(props(text, 'aws_backup_vault.v'), { BackupVaultName: 'v', LockConfiguration: { MinRetentionDays: 7 } });
});

test('Step Functions: the log destination ARN is nested as CloudFormation nests it', () => {
  const text = `{ "resource": { "aws_sfn_state_machine": { "m": { "name": "m", "logging_configuration": [{ "level": "ERROR", "log_destination": "arn:logs:*" }] } } } }`;
  assert.equal(props(text, 'aws_sfn_state_machine.m'), {
    StateMachineName: 'm',
    LoggingConfiguration: { Level: 'ERROR', Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: 'arn:logs:*' } }] },
  });
});

test("SES: the v1 resource's mixed-case TLS policy is CloudFormation's", () => {
  const text = `{ "resource": { "aws_ses_configuration_set": { "c": { "name": "c", "delivery_options": [{ "tls_policy": "Require" }] } } } }`;
  assert.equal(props(text, 'aws_ses_configuration_set.c'), { Name: 'c', DeliveryOptions: { TlsPolicy: 'REQUIRE' } });
});

test.run();
