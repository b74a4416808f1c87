import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstBranch } from '../../src/model/scenario.ts';
import { shown, unitOf } from './run.ts';

const resource = (text: string, id: string) => unitOf(text).unit.resources.find((r) => r.id === id)!;

test('Shield: a protection names its resource by ARN; Elastic IPs and accelerators are resources of their own', () => {
  const text = `{ "resource": {
    "aws_eip": { "nat": { "domain": "vpc" } },
    "aws_globalaccelerator_accelerator": { "edge": { "name": "edge", "enabled": "true" } },
    "aws_shield_protection": { "nat": { "name": "nat", "resource_arn": "\${aws_eip.nat.arn}" } } } }`;
  const eip = resource(text, 'aws_eip.nat');
  assert.equal(eip.type, 'AWS::EC2::EIP');
  assert.equal(shown(eip.properties(firstBranch)!), { Domain: 'vpc' });
  const accelerator = resource(text, 'aws_globalaccelerator_accelerator.edge');
  assert.equal(accelerator.type, 'AWS::GlobalAccelerator::Accelerator');
  assert.equal(shown(accelerator.properties(firstBranch)!), { Name: 'edge', Enabled: true });
  const protection = resource(text, 'aws_shield_protection.nat');
  assert.equal(protection.type, 'AWS::Shield::Protection');
  assert.equal(shown(protection.properties(firstBranch)!), { Name: 'nat', ResourceArn: '?aws_eip.nat.arn' });
});

test.run();
