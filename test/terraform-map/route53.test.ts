import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { firstBranch } from '../../src/model/scenario.ts';
import { shown, unitOf } from './run.ts';

const props = (text: string, id: string) => shown(unitOf(text).unit.resources.find((r) => r.id === id)!.properties(firstBranch)!);

test('Route 53: a record names its zone by zone_id; its alias block is the AliasTarget', () => {
  const text = `{ "resource": {
    "aws_route53_zone": { "main": { "name": "example.com" } },
    "aws_route53_record": {
      "www": { "zone_id": "\${aws_route53_zone.main.zone_id}", "name": "www", "type": "CNAME", "ttl": "300", "records": ["example.net"] },
      "apex": { "zone_id": "Z1", "name": "example.com", "type": "A",
        "alias": [{ "name": "d1.cloudfront.net", "zone_id": "Z2FDTNDATAQYW2", "evaluate_target_health": "false" }] } } } }`;
  assert.equal(props(text, 'aws_route53_record.www'), { HostedZoneId: '?aws_route53_zone.main.zone_id', Name: 'www', Type: 'CNAME', TTL: 300, ResourceRecords: ['example.net'] });
  assert.equal(props(text, 'aws_route53_record.apex'), {
    HostedZoneId: 'Z1',
    Name: 'example.com',
    Type: 'A',
    AliasTarget: { DNSName: 'd1.cloudfront.net', HostedZoneId: 'Z2FDTNDATAQYW2', EvaluateTargetHealth: false },
  });
});

test.run();
