import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstBranch } from '../../src/model/scenario.ts';
import { findings, shown, unitOf } from './run.ts';

const props = (text: string, id: string) => shown(unitOf(text).unit.resources.find((r) => r.id === id)!.properties(firstBranch)!);

test('ECS: container definitions written as JSON text read as CloudFormation properties; user maps keep their keys', () => {
  const defs = JSON.stringify([{ name: 'app', privileged: true, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g' } }, environment: [{ name: 'A', value: 'b' }] }]);
  const text = JSON.stringify({ resource: { aws_ecs_task_definition: { t: { family: 't', container_definitions: defs } } } });
  assert.equal(props(text, 'aws_ecs_task_definition.t'), {
    Family: 't',
    ContainerDefinitions: [{ Name: 'app', Privileged: true, LogConfiguration: { LogDriver: 'awslogs', Options: { 'awslogs-group': 'g' } }, Environment: [{ Name: 'A', Value: 'b' }] }],
  });
  assert.equal(findings('ecs/no-privileged-containers', text), ['1: aws_ecs_task_definition.t']);
});

test('ECS: container definitions only known at apply time stay unknown, and nothing is reported on them', () => {
  const text = `{ "resource": { "aws_ecs_task_definition": { "t": { "family": "t", "container_definitions": "\${file(var.path)}" } } } }`;
  assert.equal(props(text, 'aws_ecs_task_definition.t'), { Family: 't', ContainerDefinitions: '?file(var.path)' });
  assert.equal(findings('ecs/no-privileged-containers', text), []);
});

test('Batch: container properties are decoded the same way', () => {
  const text = JSON.stringify({ resource: { aws_batch_job_definition: { j: { name: 'j', type: 'container', container_properties: JSON.stringify({ image: 'x', privileged: true, readonlyRootFilesystem: false }) } } } });
  assert.equal(props(text, 'aws_batch_job_definition.j'), { JobDefinitionName: 'j', Type: 'container', ContainerProperties: { Image: 'x', Privileged: true, ReadonlyRootFilesystem: false } });
});

test('DMS: the provider sends publicly_accessible = false when it is left out', () => {
  const text = `{ "resource": { "aws_dms_replication_instance": { "r": { "replication_instance_class": "dms.t3.micro" }, "p": { "publicly_accessible": true } } } }`;
  assert.equal(props(text, 'aws_dms_replication_instance.r'), { ReplicationInstanceClass: 'dms.t3.micro', PubliclyAccessible: false });
  assert.equal(findings('dms/no-public-access', text), ['1: aws_dms_replication_instance.p']);
});

test('EKS: log types become EnabledTypes entries, encryption_config a list', () => {
  const text = `{ "resource": { "aws_eks_cluster": { "c": { "name": "c", "enabled_cluster_log_types": ["api", "audit"], "encryption_config": [{ "resources": ["secrets"], "provider": [{ "key_arn": "k" }] }] } } } }`;
  assert.equal(props(text, 'aws_eks_cluster.c'), {
    Name: 'c',
    EncryptionConfig: [{ Resources: ['secrets'], Provider: { KeyArn: 'k' } }],
    Logging: { ClusterLogging: { EnabledTypes: [{ Type: 'api' }, { Type: 'audit' }] } },
  });
});

test('Lambda: an event invoke config keeps its on-failure destination and names its function', () => {
  const text = JSON.stringify({
    resource: {
      aws_lambda_function: { f: { function_name: 'f', role: 'r', runtime: 'python3.13', handler: 'h', filename: 'f.zip' } },
      aws_lambda_function_event_invoke_config: {
        c: { function_name: '${aws_lambda_function.f.function_name}', maximum_retry_attempts: 1, destination_config: [{ on_failure: [{ destination: 'arn:aws:sqs:eu-west-1:123456789012:failed' }] }] },
      },
    },
  });
  assert.equal(props(text, 'aws_lambda_function_event_invoke_config.c'), {
    FunctionName: '?Fn::GetAtt aws_lambda_function.f.FunctionName',
    MaximumRetryAttempts: 1,
    DestinationConfig: { OnFailure: { Destination: 'arn:aws:sqs:eu-west-1:123456789012:failed' } },
  });
  assert.equal(findings('lambda/dead-letter-queue', text), []);
});

test.run();
