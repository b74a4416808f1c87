import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { nodeToValue } from '../../src/adapters/iam/node-value.ts';
import type { Value } from '../../src/model/value.ts';
import { unknown } from '../../src/model/value.ts';
import { parseDocument } from '../../src/parse/index.ts';
import { FUNCTIONS } from '../../src/policies/functions/index.ts';
import type { Truth } from '../../src/policies/functions/types.ts';
import { not3 } from '../../src/policies/functions/types.ts';
import { validateOptions } from '../../src/policies/validate-options.ts';

/** A value read from a YAML snippet (`V: ...`), as an adapter would give it. */
function val(yaml: string): Value {
  const doc = parseDocument('v.yaml', `V: ${yaml}\n`);
  assert.equal(doc.problems, [], yaml);
  const root = nodeToValue(doc.root!, []);
  return root.kind === 'object' ? root.entries.get('V')! : root;
}

const UNKNOWN = unknown(['V'], 'Fn::GetAtt Role.Arn');
const PARTLY = unknown(['V'], 'Fn::Sub', ['arn:aws:s3:::', { symbol: 'AWS::AccountId' }]);

function run(name: string, value: Value | undefined, options: Record<string, unknown> = {}): Truth {
  const fn = FUNCTIONS[name];
  assert.ok(fn, `no function ${name}`);
  assert.equal(validateOptions(fn, options), [], `options of ${name} are valid`);
  return fn.evaluate(value, options);
}

test('the library holds the functions the README lists, each with a description and an options schema', () => {
  assert.equal(Object.keys(FUNCTIONS).sort(), ['absent', 'cidr-public', 'cidr-world', 'compare', 'equals', 'exists', 'iam-action', 'iam-condition-has-key', 'iam-principal-public', 'in', 'length', 'pattern', 'port-range', 'never', 'entry'].sort());
  for (const fn of Object.values(FUNCTIONS)) {
    assert.ok(fn.description.length > 10, fn.name);
    assert.is((fn.options as { type?: string }).type, 'object', fn.name);
  }
});

test('never: no subject complies, known, unknown or absent', () => {
  assert.equal([run('never', val('x')), run('never', UNKNOWN), run('never', undefined)], [false, false, false]);
});

test('entry: a map entry whose name paths cannot spell, with one of the values when given', () => {
  const params = val("{'rds.force_ssl': '1'}");
  const decidedLater: Value = { kind: 'object', path: ['V'], entries: new Map([['log_connections', UNKNOWN]]) };
  assert.equal(run('entry', params, { key: 'rds.force_ssl' }), true);
  assert.equal(run('entry', params, { key: 'rds.force_ssl', values: [1, 'true'] }), true);
  assert.equal(run('entry', params, { key: 'rds.force_ssl', values: [0] }), false);
  assert.equal(run('entry', params, { key: 'require_secure_transport' }), false);
  assert.equal(run('entry', decidedLater, { key: 'log_connections', values: ['1'] }), 'unknown');
  assert.equal(run('entry', UNKNOWN, { key: 'rds.force_ssl' }), 'unknown');
  assert.equal(run('entry', undefined, { key: 'rds.force_ssl' }), false);
  assert.equal(run('entry', val('ON'), { key: 'rds.force_ssl' }), false);
});

test('not3 flips true and false and keeps unknown', () => {
  assert.equal([not3(true), not3(false), not3('unknown')], [false, true, 'unknown']);
});

test('exists and absent: set to anything, even a value known only at deploy time, counts as set', () => {
  assert.equal([run('exists', val('x')), run('exists', UNKNOWN), run('exists', val('null')), run('exists', undefined)], [true, true, true, false]);
  assert.equal([run('absent', val('x')), run('absent', UNKNOWN), run('absent', undefined)], [false, false, true]);
});

test('equals: CloudFormation coercion of "true" and "443", case-insensitive on request, unknown stays unknown', () => {
  assert.is(run('equals', val('Enabled'), { value: 'Enabled' }), true);
  assert.is(run('equals', val('enabled'), { value: 'Enabled' }), false);
  assert.is(run('equals', val('enabled'), { value: 'Enabled', caseInsensitive: true }), true);
  assert.is(run('equals', val('"true"'), { value: true }), true);
  assert.is(run('equals', val('"True"'), { value: true }), true);
  assert.is(run('equals', val('true'), { value: true }), true);
  assert.is(run('equals', val('false'), { value: true }), false);
  assert.is(run('equals', val('"443"'), { value: 443 }), true);
  assert.is(run('equals', val('443'), { value: 443 }), true);
  assert.is(run('equals', val('443'), { value: '443' }), true);
  assert.is(run('equals', val('"80"'), { value: 443 }), false);
  // a boolean is not a number, and blank text is not 0
  assert.is(run('equals', val('true'), { value: 1 }), false);
  assert.is(run('equals', val('" "'), { value: 0 }), false);
  assert.is(run('equals', val('""'), { value: 0 }), false);
  assert.is(run('equals', val('null'), { value: null }), true);
  assert.is(run('equals', val('""'), { value: null }), false);
  assert.is(run('equals', val('[Enabled]'), { value: 'Enabled' }), false);
  assert.is(run('equals', UNKNOWN, { value: 'x' }), 'unknown');
  assert.is(run('equals', PARTLY, { value: 'x' }), 'unknown');
  assert.is(run('equals', undefined, { value: 'x' }), false);
});

test('in: one of the values, with the same coercion', () => {
  const opts = { values: ['aws:kms', 'aws:kms:dsse'] };
  assert.is(run('in', val('aws:kms'), opts), true);
  assert.is(run('in', val('AES256'), opts), false);
  assert.is(run('in', val('AWS:KMS'), { ...opts, caseInsensitive: true }), true);
  assert.is(run('in', val('"22"'), { values: [22, 3389] }), true);
  assert.is(run('in', val('{a: 1}'), opts), false);
  assert.is(run('in', UNKNOWN, opts), 'unknown');
  assert.is(run('in', undefined, opts), false);
});

test('pattern: matches the text of a scalar, with flags; objects, null and absent do not match', () => {
  assert.is(run('pattern', val('arn:aws:s3:::logs'), { regex: '^arn:aws:s3:::' }), true);
  assert.is(run('pattern', val('ARN:aws'), { regex: '^arn:', flags: 'i' }), true);
  assert.is(run('pattern', val('ARN:aws'), { regex: '^arn:' }), false);
  assert.is(run('pattern', val('443'), { regex: '^\\d+$' }), true);
  assert.is(run('pattern', val('null'), { regex: '.*' }), false);
  assert.is(run('pattern', val('[a]'), { regex: 'a' }), false);
  assert.is(run('pattern', UNKNOWN, { regex: 'a' }), 'unknown');
  // a partly known string is decided by its known text when the unknown parts cannot change the answer
  const account = unknown(['V'], 'Fn::Sub', ['arn:aws:iam::', { symbol: 'AWS::AccountId' }, ':root']);
  assert.is(run('pattern', account, { regex: '^arn:aws:iam::' }), true);
  assert.is(run('pattern', account, { regex: '^arn:aws:s3:::' }), false);
  assert.is(run('pattern', account, { regex: '^arn:aws:iam::\\d{12}:root$' }), 'unknown');
  assert.is(run('pattern', PARTLY, { regex: '\\*$' }), 'unknown');
  assert.is(run('pattern', undefined, { regex: '.*' }), false);
  assert.equal(FUNCTIONS.pattern.checkOptions!({ regex: 'a(' }).length, 1);
  assert.match(FUNCTIONS.pattern.checkOptions!({ regex: 'a(' })[0], /^regex does not compile: /);
  assert.equal(FUNCTIONS.pattern.checkOptions!({ regex: 'a(b)' }), []);
});

test('compare: numbers and numeric text within the bounds; other values are not numbers', () => {
  assert.is(run('compare', val('30'), { gte: 7 }), true);
  assert.is(run('compare', val('"30"'), { gte: 7, lte: 30 }), true);
  assert.is(run('compare', val('31'), { lte: 30 }), false);
  assert.is(run('compare', val('7'), { gt: 7 }), false);
  assert.is(run('compare', val('6'), { lt: 7 }), true);
  assert.is(run('compare', val('abc'), { gt: 0 }), false);
  assert.is(run('compare', val('""'), { lt: 1 }), false);
  assert.is(run('compare', val('true'), { gt: 0 }), false);
  assert.is(run('compare', val('null'), { lt: 1 }), false);
  assert.is(run('compare', UNKNOWN, { gt: 0 }), 'unknown');
  assert.is(run('compare', undefined, { gt: 0 }), false);
});

test('length: items of a list, characters of text, keys of an object; an unknown item makes the count unknown', () => {
  assert.is(run('length', val('[a, b]'), { min: 1, max: 2 }), true);
  assert.is(run('length', val('[]'), { min: 1 }), false);
  assert.is(run('length', val('abcd'), { max: 3 }), false);
  assert.is(run('length', val('12345'), { min: 5 }), true);
  assert.is(run('length', val('{a: 1}'), { min: 1 }), true);
  assert.is(run('length', { kind: 'list', path: [], items: [val('a'), UNKNOWN] }, { min: 1 }), 'unknown');
  assert.is(run('length', UNKNOWN, { min: 1 }), 'unknown');
  assert.is(run('length', undefined, { min: 0 }), false);
});

test('cidr-world: only blocks that cover every address, IPv4 or IPv6', () => {
  assert.is(run('cidr-world', val('0.0.0.0/0')), true);
  assert.is(run('cidr-world', val('::/0')), true);
  assert.is(run('cidr-world', val('"::/0"')), true);
  assert.is(run('cidr-world', val('0.0.0.0/1')), false);
  assert.is(run('cidr-world', val('10.0.0.0/8')), false);
  assert.is(run('cidr-world', val('2001:db8::/32')), false);
  assert.is(run('cidr-world', val('0.0.0.0')), false);
  assert.is(run('cidr-world', val('everywhere')), false);
  assert.is(run('cidr-world', val('0')), false);
  assert.is(run('cidr-world', UNKNOWN), 'unknown');
  assert.is(run('cidr-world', undefined), false);
});

test('cidr-public: blocks with any internet-routable address, optionally at least as wide as maxPrefix', () => {
  assert.is(run('cidr-public', val('0.0.0.0/0')), true);
  assert.is(run('cidr-public', val('::/0')), true);
  assert.is(run('cidr-public', val('0.0.0.0/1')), true);
  assert.is(run('cidr-public', val('203.0.113.7/32')), true);
  assert.is(run('cidr-public', val('10.0.0.0/8')), false);
  assert.is(run('cidr-public', val('fd00::/8')), false);
  assert.is(run('cidr-public', val('203.0.113.7/32'), { maxPrefix: 24 }), false);
  assert.is(run('cidr-public', val('203.0.113.0/24'), { maxPrefix: 24 }), true);
  assert.is(run('cidr-public', val('10.0.0.0/33')), false);
  assert.is(run('cidr-public', val('1:2:3:4::5:6:7:8/64')), false);
  assert.is(run('cidr-public', PARTLY), 'unknown');
  assert.is(run('cidr-public', undefined), false);
});

test('port-range: protocol -1 and "all" open every port whatever the range says', () => {
  assert.is(run('port-range', val('{IpProtocol: "-1"}'), { allPorts: true }), true);
  assert.is(run('port-range', val('{IpProtocol: -1, FromPort: 80, ToPort: 80}'), { ports: [22] }), true);
  assert.is(run('port-range', val('{IpProtocol: all}'), { ports: [3389] }), true);
  assert.is(run('port-range', val('{IpProtocol: ALL}'), { allPorts: true }), true);
});

test('port-range: tcp and udp (by name or number) open their range; a FromPort of -1 or a missing bound is open on that side', () => {
  const tcp = (from: unknown, to: unknown, proto = 'tcp') => val(`{IpProtocol: "${proto}", FromPort: ${JSON.stringify(from)}, ToPort: ${JSON.stringify(to)}}`);
  assert.is(run('port-range', tcp(22, 22), { ports: [22] }), true);
  assert.is(run('port-range', tcp(22, 22), { ports: [3389] }), false);
  assert.is(run('port-range', tcp(20, 25), { ports: [22, 3389] }), true);
  assert.is(run('port-range', tcp('22', '22'), { ports: [22] }), true);
  assert.is(run('port-range', tcp(22, 22, 'TCP'), { ports: [22] }), true);
  assert.is(run('port-range', tcp(22, 22, '6'), { ports: [22] }), true);
  assert.is(run('port-range', tcp(53, 53, 'udp'), { ports: [53] }), true);
  assert.is(run('port-range', tcp(53, 53, '17'), { ports: [53] }), true);
  assert.is(run('port-range', tcp(0, 65535), { allPorts: true }), true);
  // port 0 is reserved: 1-65535 is every usable port
  assert.is(run('port-range', tcp(1, 65535), { allPorts: true }), true);
  assert.is(run('port-range', tcp(2, 65535), { allPorts: true }), false);
  assert.is(run('port-range', tcp(0, 1024), { allPorts: true }), false);
  assert.is(run('port-range', tcp(-1, -1), { allPorts: true }), true);
  assert.is(run('port-range', tcp(-1, -1), { ports: [22] }), true);
  assert.is(run('port-range', val('{IpProtocol: tcp}'), { allPorts: true }), true);
  assert.is(run('port-range', val('{IpProtocol: tcp, FromPort: 8000}'), { ports: [8080] }), true);
  assert.is(run('port-range', val('{IpProtocol: tcp, ToPort: 100}'), { ports: [8080] }), false);
  assert.is(run('port-range', tcp(22, 22)), false);
});

test('port-range: outside matches a rule that opens any port not listed', () => {
  const tcp = (from: number, to: number) => val(`{IpProtocol: tcp, FromPort: ${from}, ToPort: ${to}}`);
  assert.is(run('port-range', tcp(443, 443), { outside: [80, 443] }), false);
  assert.is(run('port-range', tcp(80, 81), { outside: [80, 443] }), true);
  assert.is(run('port-range', tcp(20, 23), { outside: [20, 21, 22, 23] }), false);
  assert.is(run('port-range', tcp(23, 25), { outside: [20, 21, 22, 23, 25] }), true);
  // port 0 is not a port a service listens on
  assert.is(run('port-range', tcp(0, 1), { outside: [1] }), false);
  assert.is(run('port-range', val('{IpProtocol: "-1"}'), { outside: [80] }), true);
  assert.is(run('port-range', val('{IpProtocol: icmp, FromPort: 8, ToPort: -1}'), { outside: [80] }), false);
});

test('port-range: dotted field names reach nested ranges, and stop at a value known only at deploy time', () => {
  const acl = { protocol: 'Protocol', from: 'PortRange.From', to: 'PortRange.To' };
  assert.is(run('port-range', val('{Protocol: 6, PortRange: {From: 22, To: 22}}'), { ports: [22], ...acl }), true);
  assert.is(run('port-range', val('{Protocol: 6, PortRange: {From: 443, To: 443}}'), { ports: [22], ...acl }), false);
  assert.is(run('port-range', val('{Protocol: -1}'), { ports: [22], ...acl }), true);
  const deployTime: Value = { kind: 'object', path: [], entries: new Map<string, Value>([['Protocol', { kind: 'scalar', value: 6, path: [] }], ['PortRange', unknown([], 'Ref Range')]]) };
  assert.is(run('port-range', deployTime, { ports: [22], ...acl }), 'unknown');
});

test('port-range: ICMP and other protocols open no port', () => {
  assert.is(run('port-range', val('{IpProtocol: icmp, FromPort: -1, ToPort: -1}'), { allPorts: true }), false);
  assert.is(run('port-range', val('{IpProtocol: "1", FromPort: -1, ToPort: -1}'), { ports: [22] }), false);
  assert.is(run('port-range', val('{IpProtocol: icmpv6}'), { allPorts: true }), false);
  assert.is(run('port-range', val('{IpProtocol: "50"}'), { allPorts: true }), false);
});

test('port-range: unknown protocol or ports are unknown; other field names by option', () => {
  assert.is(run('port-range', { kind: 'object', path: [], entries: new Map([['IpProtocol', UNKNOWN]]) }, { allPorts: true }), 'unknown');
  assert.is(run('port-range', { kind: 'object', path: [], entries: new Map<string, Value>([['IpProtocol', val('tcp')], ['FromPort', UNKNOWN], ['ToPort', val('22')]]) }, { ports: [22] }), 'unknown');
  // protocol -1 decides before the unknown ports are read
  assert.is(run('port-range', { kind: 'object', path: [], entries: new Map<string, Value>([['IpProtocol', val('"-1"')], ['FromPort', UNKNOWN]]) }, { allPorts: true }), true);
  assert.is(run('port-range', UNKNOWN, { allPorts: true }), 'unknown');
  assert.is(run('port-range', undefined, { allPorts: true }), false);
  assert.is(run('port-range', val('{Protocol: "6", From: 22, To: 22}'), { protocol: 'Protocol', from: 'From', to: 'To', ports: [22] }), true);
});

test('iam-principal-public: "*" or an AWS principal of "*", alone or in a list', () => {
  assert.is(run('iam-principal-public', val('"*"')), true);
  assert.is(run('iam-principal-public', val('{AWS: "*"}')), true);
  assert.is(run('iam-principal-public', val('{AWS: [arn:aws:iam::123456789012:root, "*"]}')), true);
  assert.is(run('iam-principal-public', val('{AWS: arn:aws:iam::123456789012:root}')), false);
  assert.is(run('iam-principal-public', val('{Service: lambda.amazonaws.com}')), false);
  assert.is(run('iam-principal-public', val('{Service: "*"}')), false);
  assert.is(run('iam-principal-public', val('arn:aws:iam::123456789012:root')), false);
  assert.is(run('iam-principal-public', { kind: 'object', path: [], entries: new Map([['AWS', UNKNOWN]]) }), 'unknown');
  assert.is(run('iam-principal-public', { kind: 'object', path: [], entries: new Map<string, Value>([['AWS', { kind: 'list', path: [], items: [UNKNOWN, val('"*"')] }]]) }), true);
  assert.is(run('iam-principal-public', UNKNOWN), 'unknown');
  assert.is(run('iam-principal-public', undefined), false);
});

test('iam-condition-has-key: any operator, keys compared case-insensitively', () => {
  const keys = { keys: ['aws:SourceAccount', 'aws:SourceArn'] };
  assert.is(run('iam-condition-has-key', val('{StringEquals: {"aws:sourceaccount": "123456789012"}}'), keys), true);
  assert.is(run('iam-condition-has-key', val('{ArnLike: {"AWS:SourceArn": "arn:aws:s3:::b"}}'), keys), true);
  assert.is(run('iam-condition-has-key', val('{"ForAnyValue:StringLike": {"aws:SourceArn": [a, b]}}'), keys), true);
  assert.is(run('iam-condition-has-key', val('{Bool: {"aws:SecureTransport": "true"}}'), keys), false);
  assert.is(run('iam-condition-has-key', val('{}'), keys), false);
  assert.is(run('iam-condition-has-key', val('"aws:SourceArn"'), keys), false);
  assert.is(run('iam-condition-has-key', { kind: 'object', path: [], entries: new Map([['StringEquals', UNKNOWN]]) }, keys), 'unknown');
  assert.is(run('iam-condition-has-key', { kind: 'object', path: [], entries: new Map<string, Value>([['StringEquals', UNKNOWN], ['ArnLike', val('{"aws:SourceArn": x}')]]) }, keys), true);
  assert.is(run('iam-condition-has-key', UNKNOWN, keys), 'unknown');
  // with narrowingOnly, operators that let everyone else through do not count
  const narrowing = { ...keys, narrowingOnly: true };
  assert.is(run('iam-condition-has-key', val('{StringNotEquals: {"aws:SourceAccount": "1"}}'), narrowing), false);
  assert.is(run('iam-condition-has-key', val('{StringEqualsIfExists: {"aws:SourceAccount": "1"}}'), narrowing), false);
  assert.is(run('iam-condition-has-key', val('{"Null": {"aws:SourceArn": "false"}}'), narrowing), false);
  assert.is(run('iam-condition-has-key', val('{StringNotEquals: {"aws:SourceAccount": "1"}}'), keys), true);
  assert.is(run('iam-condition-has-key', val('{StringEquals: {"aws:SourceAccount": "1"}}'), narrowing), true);
  assert.is(run('iam-condition-has-key', undefined, keys), false);
});

test('iam-action: patterns expanded against the catalog, by access level', () => {
  const write = { accessLevels: ['Write', 'Permissions management'] };
  assert.is(run('iam-action', val('"s3:*"'), write), true);
  assert.is(run('iam-action', val('"*"'), write), true);
  assert.is(run('iam-action', val('s3:Get*'), write), false);
  assert.is(run('iam-action', val('s3:Get*'), { accessLevels: ['Read'] }), true);
  assert.is(run('iam-action', val('s3:getobject'), { accessLevels: ['Read'] }), true);
  assert.is(run('iam-action', val('S3:PutObject'), write), true);
  assert.is(run('iam-action', val('iam:Put*'), { accessLevels: ['Permissions management'] }), true);
  assert.is(run('iam-action', val('s3:Get*')), true);
  assert.is(run('iam-action', val('s3:NoSuchAction')), false);
  // an unknown service or a malformed action grants no catalog action
  assert.is(run('iam-action', val('nosuchservice:*')), false);
  assert.is(run('iam-action', val('GetObject')), false);
  assert.is(run('iam-action', val('[s3:*]')), false);
  assert.is(run('iam-action', PARTLY), 'unknown');
  assert.is(run('iam-action', undefined), false);
});

test('iam-action with resourceScoped: actions that only accept "*" do not count', () => {
  const scoped = { accessLevels: ['Write', 'Permissions management'], resourceScoped: true };
  assert.is(run('iam-action', val('ec2:DescribeInstances'), { resourceScoped: true }), false);
  assert.is(run('iam-action', val('sts:GetCallerIdentity'), { resourceScoped: true }), false);
  assert.is(run('iam-action', val('s3:ListAllMyBuckets'), { resourceScoped: true }), false);
  assert.is(run('iam-action', val('ec2:Describe*'), scoped), false);
  assert.is(run('iam-action', val('xray:PutTraceSegments'), scoped), false);
  assert.is(run('iam-action', val('s3:PutObject'), scoped), true);
  assert.is(run('iam-action', val('"s3:*"'), scoped), true);
  assert.is(run('iam-action', val('"*"'), scoped), true);
});

test('options are validated by each function schema', () => {
  assert.equal(validateOptions(FUNCTIONS.equals, {}), ["(options) must have required property 'value'"]);
  assert.equal(validateOptions(FUNCTIONS.equals, { value: 'x', valeu: 'y' }), ['unknown option "valeu"']);
  assert.equal(validateOptions(FUNCTIONS.compare, {}), ['(options) must NOT have fewer than 1 properties']);
  assert.equal(validateOptions(FUNCTIONS['port-range'], { ports: [70000] }), ['/ports/0 must be <= 65535']);
  assert.equal(validateOptions(FUNCTIONS['iam-action'], { accessLevels: ['Writes'] }), ['/accessLevels/0 must be equal to one of the allowed values']);
  assert.equal(validateOptions(FUNCTIONS.pattern, { regex: 'a', flags: 'g' }), ['/flags must match pattern "^[imsu]*$"']);
  assert.equal(validateOptions(FUNCTIONS.exists, {}), []);
});

test.run();
