import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstBranch } from '../../src/model/scenario.ts';
import { shown, unitOf } from './run.ts';

const props = (text: string, id: string) => shown(unitOf(text).unit.resources.find((r) => r.id === id)!.properties(firstBranch)!);

test('VPC endpoints: attributes, references, and the route tables, subnets and groups of association resources', () => {
  const text = `{ "resource": {
    "aws_vpc": { "v": { "cidr_block": "10.0.0.0/16" } },
    "aws_route_table": { "rt": { "vpc_id": "\${aws_vpc.v.id}" } },
    "aws_subnet": { "a": { "vpc_id": "\${aws_vpc.v.id}", "cidr_block": "10.0.1.0/24" } },
    "aws_vpc_endpoint": {
      "d": { "vpc_id": "\${aws_vpc.v.id}", "service_name": "com.amazonaws.us-east-1.dynamodb" },
      "s": { "vpc_id": "\${aws_vpc.v.id}", "service_name": "com.amazonaws.us-east-1.sqs", "vpc_endpoint_type": "Interface", "private_dns_enabled": true, "subnet_ids": ["\${aws_subnet.a.id}"] }
    },
    "aws_vpc_endpoint_route_table_association": { "a": { "vpc_endpoint_id": "\${aws_vpc_endpoint.d.id}", "route_table_id": "\${aws_route_table.rt.id}" } },
    "aws_vpc_endpoint_security_group_association": { "g": { "vpc_endpoint_id": "\${aws_vpc_endpoint.s.id}", "security_group_id": "sg-0123" } }
  } }`;
  assert.equal(props(text, 'aws_vpc_endpoint.d'), { VpcId: '?Ref aws_vpc.v', ServiceName: 'com.amazonaws.us-east-1.dynamodb', RouteTableIds: ['?Ref aws_route_table.rt'] });
  assert.equal(props(text, 'aws_vpc_endpoint.s'), {
    VpcId: '?Ref aws_vpc.v',
    ServiceName: 'com.amazonaws.us-east-1.sqs',
    VpcEndpointType: 'Interface',
    PrivateDnsEnabled: true,
    SubnetIds: ['?Ref aws_subnet.a'],
    SecurityGroupIds: ['sg-0123'],
  });
});

test.run();
