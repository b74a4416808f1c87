import type { Value } from '../../model/value.ts';
import { field } from '../../model/value.ts';
import type { PolicyFunction } from './types.ts';

interface Options {
  /** Ports of which any being reachable is a match. */
  ports?: number[];
  /** Match when the rule covers every port. */
  allPorts?: boolean;
  /** Match when the rule opens a port that is not one of these. */
  outside?: number[];
  from?: string;
  to?: string;
  protocol?: string;
}

const ALL_PROTOCOLS = new Set(['-1', 'all']);
const PORT_PROTOCOLS = new Set(['tcp', 'udp', '6', '17']);

/**
 * Reads a firewall rule (security group or NACL entry): protocol, from-port and to-port fields of the object at
 * the path. Protocol -1 opens every port whatever the range says; ICMP and other protocols open none.
 */
export const portRange: PolicyFunction<Options> = {
  name: 'port-range',
  description: 'The firewall rule at the path opens every port (allPorts), one of `ports`, or a port not in `outside`. Field names (dotted for nested ones) default to IpProtocol, FromPort, ToPort.',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ports: { type: 'array', items: { type: 'integer', minimum: 0, maximum: 65535 } },
      allPorts: { type: 'boolean' },
      outside: { type: 'array', items: { type: 'integer', minimum: 0, maximum: 65535 } },
      from: { type: 'string' },
      to: { type: 'string' },
      protocol: { type: 'string' },
    },
  },
  evaluate(rule, o) {
    if (rule === undefined) return false;
    if (rule.kind === 'unknown') return 'unknown';
    // Field names may be dotted: a network ACL entry keeps its range in PortRange.From and PortRange.To.
    const get = (name: string) => name.split('.').reduce<Value | undefined>((v, k) => (v?.kind === 'unknown' ? v : field(v, k)), rule);
    const proto = scalarText(get(o.protocol ?? 'IpProtocol'));
    if (proto === 'unknown') return 'unknown';
    const p = proto?.toLowerCase();
    if (p !== undefined && ALL_PROTOCOLS.has(p)) return true;
    if (p !== undefined && !PORT_PROTOCOLS.has(p)) return false;
    const from = port(get(o.from ?? 'FromPort'));
    const to = port(get(o.to ?? 'ToPort'));
    if (from === 'unknown' || to === 'unknown') return 'unknown';
    // A missing range on tcp/udp is rejected by AWS; treat an absent bound as open on that side.
    const lo = from ?? 0;
    const hi = to ?? 65535;
    // Port 0 is reserved: a range from 1 is every port a service can listen on.
    const lowAll = lo <= 1;
    if (o.allPorts && (lo === -1 || hi === -1 || (lowAll && hi >= 65535))) return true;
    if (o.outside) {
      const first = lo === -1 ? 1 : Math.max(lo, 1);
      const last = hi === -1 ? 65535 : Math.min(hi, 65535);
      const listed = new Set(o.outside.filter((x) => x >= first && x <= last)).size;
      if (last - first + 1 > listed) return true;
    }
    return (o.ports ?? []).some((x) => (lo === -1 || lo <= x) && (hi === -1 || x <= hi));
  },
};

function scalarText(v: Value | undefined): string | undefined | 'unknown' {
  if (v === undefined) return undefined;
  if (v.kind === 'unknown') return 'unknown';
  return v.kind === 'scalar' && v.value !== null ? String(v.value) : undefined;
}

function port(v: Value | undefined): number | undefined | 'unknown' {
  const t = scalarText(v);
  if (t === undefined || t === 'unknown') return t;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

