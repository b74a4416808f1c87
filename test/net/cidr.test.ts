import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { contains, includesPublic, overlaps, parseCidr } from '../../src/net/cidr.ts';

const cidr = (text: string) => {
  const c = parseCidr(text);
  assert.ok(c, `${text} parses`);
  return c;
};

test('IPv4 blocks: address, family and prefix; a bare address is a /32', () => {
  assert.equal(parseCidr('0.0.0.0/0'), { family: 4, address: 0n, prefix: 0 });
  assert.equal(parseCidr('10.0.0.0/8'), { family: 4, address: 0x0a000000n, prefix: 8 });
  assert.equal(parseCidr('192.168.1.1'), { family: 4, address: 0xc0a80101n, prefix: 32 });
  assert.equal(parseCidr(' 203.0.113.0/24 '), { family: 4, address: 0xcb007100n, prefix: 24 });
  assert.equal(parseCidr('255.255.255.255/32'), { family: 4, address: 0xffffffffn, prefix: 32 });
});

test('IPv6 blocks: :: compression anywhere, any case; a bare address is a /128', () => {
  assert.equal(parseCidr('::/0'), { family: 6, address: 0n, prefix: 0 });
  assert.equal(parseCidr('::1'), { family: 6, address: 1n, prefix: 128 });
  assert.equal(parseCidr('2001:DB8::/32'), { family: 6, address: 0x20010db8n << 96n, prefix: 32 });
  assert.equal(parseCidr('fe80::1:2/64')?.address, (0xfe80n << 112n) | (1n << 16n) | 2n);
  assert.equal(parseCidr('1:2:3:4:5:6:7:8')?.address, 0x00010002000300040005000600070008n);
  assert.equal(parseCidr('1:2:3:4:5:6:7::')?.address, 0x00010002000300040005000600070000n);
});

test('malformed blocks are not blocks', () => {
  for (const text of [
    '',
    'anywhere',
    '10.0.0.0/33',
    '10.0.0.0/',
    '10.0.0.0/-1',
    '10.0.0.0/8/8',
    '10.0.0/8',
    '256.0.0.0/8',
    '10.0.0.0.0/8',
    '1.2.3.a/8',
    '::/129',
    '1::2::3',
    ':::',
    '12345::/16',
    'g::/16',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    // `::` stands for at least one group: eight written groups leave no room
    '1:2:3:4::5:6:7:8',
    '::1:2:3:4:5:6:7:8',
    '1:2:3:4:5:6:7:8::',
  ]) {
    assert.is(parseCidr(text), undefined, JSON.stringify(text));
  }
});

test('overlaps and contains compare the network part only, within one family', () => {
  assert.ok(overlaps(cidr('10.0.0.0/8'), cidr('10.1.2.0/24')));
  assert.ok(overlaps(cidr('10.1.2.0/24'), cidr('10.0.0.0/8')));
  assert.not.ok(overlaps(cidr('10.0.0.0/8'), cidr('11.0.0.0/8')));
  assert.ok(contains(cidr('10.0.0.0/8'), cidr('10.1.2.0/24')));
  assert.not.ok(contains(cidr('10.1.2.0/24'), cidr('10.0.0.0/8')));
  assert.ok(contains(cidr('0.0.0.0/0'), cidr('8.8.8.8')));
  assert.not.ok(overlaps(cidr('0.0.0.0/0'), cidr('::/0')));
  assert.ok(contains(cidr('::/0'), cidr('2001:db8::/32')));
  // host bits beyond the prefix do not matter
  assert.ok(contains(cidr('10.9.9.9/8'), cidr('10.0.0.1')));
});

test('public: the whole internet and public ranges are; private, CGNAT, loopback, link-local and ULA are not', () => {
  for (const text of ['0.0.0.0/0', '0.0.0.0/1', '8.8.8.8/32', '10.0.0.0/7', '172.16.0.0/11', '::/0', '2001:db8::/32', '2600::/16'])
    assert.ok(includesPublic(cidr(text)), `${text} is public`);
  for (const text of ['10.0.0.0/8', '10.20.30.0/24', '172.16.0.0/12', '172.31.255.0/24', '192.168.0.0/16', '100.64.0.0/10', '127.0.0.1', '169.254.169.254', '0.0.0.0', 'fc00::/7', 'fd12:3456::/48', 'fe80::/10', '::1', '::'])
    assert.not.ok(includesPublic(cidr(text)), `${text} is not public`);
});

test.run();
