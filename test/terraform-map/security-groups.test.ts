import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstBranch } from '../../src/model/scenario.ts';
import { findings, shown, unitOf } from './run.ts';

const group = `{
  "resource": {
    "aws_security_group": {
      "web": {
        "name": "web",
        "ingress": [
          {
            "protocol": "tcp", "from_port": 22, "to_port": 22,
            "cidr_blocks": [
              "10.0.0.0/8",
              "0.0.0.0/0"
            ]
          },
          { "protocol": "-1", "from_port": 0, "to_port": 0, "ipv6_cidr_blocks": ["::/0"] },
          { "protocol": "tcp", "from_port": 5432, "to_port": 5432, "cidr_blocks": "\${var.db_cidrs}" }
        ]
      }
    }
  }
}`;

test('each CIDR of an inline ingress block is one SecurityGroupIngress entry', () => {
  const r = unitOf(group).unit.resources[0];
  assert.is(r.type, 'AWS::EC2::SecurityGroup');
  assert.equal(shown(r.properties(firstBranch)!), {
    GroupName: 'web',
    SecurityGroupIngress: [
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '10.0.0.0/8' },
      { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '0.0.0.0/0' },
      { IpProtocol: '-1', FromPort: 0, ToPort: 0, CidrIpv6: '::/0' },
      { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: '?var.db_cidrs' },
    ],
  });
});

test('the findings point at the world-open CIDR, and an unknown CIDR list raises none', () => {
  assert.equal(findings('ec2/no-public-ingress-admin-ports', group), ['11: aws_security_group.web']);
  assert.equal(findings('ec2/no-public-ingress-all-ports', group), ['14: aws_security_group.web']);
  assert.equal(findings('ec2/no-public-ingress-database-ports', group), []);
});

const rules = `{
  "resource": {
    "aws_security_group": { "db": { "name": "db" } },
    "aws_security_group_rule": {
      "pg": {
        "type": "ingress", "security_group_id": "\${aws_security_group.db.id}",
        "protocol": "tcp", "from_port": "5432", "to_port": "5432",
        "cidr_blocks": ["0.0.0.0/0"]
      },
      "out": { "type": "egress", "security_group_id": "\${aws_security_group.db.id}", "protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"] }
    },
    "aws_vpc_security_group_ingress_rule": {
      "rdp": { "security_group_id": "\${aws_security_group.db.id}", "ip_protocol": "tcp", "from_port": 3389, "to_port": 3389, "cidr_ipv4": "0.0.0.0/0" },
      "all": { "security_group_id": "sg-123", "ip_protocol": "-1", "cidr_ipv6": "::/0" }
    }
  }
}`;

test('standalone rules are SecurityGroupIngress/Egress resources naming their group with Ref', () => {
  const { unit } = unitOf(rules);
  assert.equal(
    unit.resources.map((r) => `${r.type} ${r.id}`),
    [
      'AWS::EC2::SecurityGroup aws_security_group.db',
      'AWS::EC2::SecurityGroupIngress aws_security_group_rule.pg',
      'AWS::EC2::SecurityGroupEgress aws_security_group_rule.out',
      'AWS::EC2::SecurityGroupIngress aws_vpc_security_group_ingress_rule.rdp',
      'AWS::EC2::SecurityGroupIngress aws_vpc_security_group_ingress_rule.all',
    ],
  );
  assert.equal(shown(unit.resources[1].properties(firstBranch)!), { GroupId: '?Ref aws_security_group.db', IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, CidrIp: '0.0.0.0/0' });
});

test('standalone rules are checked by the same policies', () => {
  assert.equal(findings('ec2/no-public-ingress-database-ports', rules), ['8: aws_security_group_rule.pg']);
  assert.equal(findings('ec2/no-public-ingress-admin-ports', rules), ['13: aws_vpc_security_group_ingress_rule.rdp']);
  assert.equal(findings('ec2/no-public-ingress-all-ports', rules), ['14: aws_vpc_security_group_ingress_rule.all']);
});

test('a rule whose direction is unknown raises nothing', () => {
  const text = `{ "resource": { "aws_security_group_rule": { "r": { "type": "\${var.t}", "protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"] } } } }`;
  assert.equal(findings('ec2/no-public-ingress-all-ports', text), []);
});

test("a VPC's default group has the name and description AWS gave it; other groups only what the configuration says", () => {
  const text = `{ "resource": {
    "aws_default_security_group": { "d": { "vpc_id": "vpc-1" } },
    "aws_security_group": { "g": { "name": "g", "vpc_id": "vpc-1" } }
  } }`;
  const [d, g] = unitOf(text).unit.resources;
  assert.equal(shown(d.properties(firstBranch)!), { VpcId: 'vpc-1', GroupName: 'default', GroupDescription: 'default VPC security group' });
  assert.equal(shown(g.properties(firstBranch)!), { GroupName: 'g', VpcId: 'vpc-1' });
  assert.equal(findings('ec2/security-group-description', text), ['3: aws_security_group.g']);
});

test.run();
