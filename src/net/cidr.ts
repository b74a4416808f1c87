/** A parsed CIDR block: address as a bigint, its family and prefix length. */
export interface Cidr {
  family: 4 | 6;
  address: bigint;
  prefix: number;
}

export function parseCidr(text: string): Cidr | undefined {
  const [addr, len, extra] = text.trim().split('/');
  if (extra !== undefined || addr === undefined) return undefined;
  const v4 = parseV4(addr);
  const family = v4 !== undefined ? 4 : 6;
  const address = v4 ?? parseV6(addr);
  if (address === undefined) return undefined;
  const max = family === 4 ? 32 : 128;
  const prefix = len === undefined ? max : /^\d{1,3}$/.test(len) ? Number(len) : NaN;
  if (!(prefix >= 0 && prefix <= max)) return undefined;
  return { family, address, prefix };
}

function parseV4(s: string): bigint | undefined {
  const parts = s.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

function parseV6(s: string): bigint | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(s)) return undefined;
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  // `::` stands for at least one group of zeros: with eight groups written beside it there is no room for one.
  if ((halves.length === 1 && missing !== 0) || (halves.length === 2 && missing < 1)) return undefined;
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return all.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

const bits = (c: Cidr) => (c.family === 4 ? 32 : 128);

/** Whether two blocks of the same family share any address. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  if (a.family !== b.family) return false;
  const p = Math.min(a.prefix, b.prefix);
  const shift = BigInt(bits(a) - p);
  return a.address >> shift === b.address >> shift;
}

/** Whether `outer` contains every address of `inner`. */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return overlaps(outer, inner) && outer.prefix <= inner.prefix;
}

/** Address space that is not reachable from the internet (RFC 1918, CGNAT, loopback, link-local, ULA…). */
export const NON_PUBLIC = [
  '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '0.0.0.0/32',
  'fc00::/7', 'fe80::/10', '::1/128', '::/128',
].map((c) => parseCidr(c)!);

/** Whether a block includes any public (internet-routable) address. */
export function includesPublic(c: Cidr): boolean {
  return !NON_PUBLIC.some((n) => contains(n, c));
}
