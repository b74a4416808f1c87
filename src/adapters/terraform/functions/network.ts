import { EvalError } from '../eval-error.ts';
import { scalar, unknownAt } from '../values.ts';
import { arity, num, str, strict } from './args.ts';
import type { Fn } from './types.ts';

/** An IPv4 prefix as a number and a length; undefined for IPv6, which stays unknown. */
function parseV4(cidr: string): { base: number; bits: number } | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const bits = Number(m[5]);
  if (octets.some((o) => o > 255) || bits > 32) throw new EvalError(`invalid CIDR "${cidr}"`);
  const ip = octets.reduce((n, o) => n * 256 + o, 0);
  const size = 2 ** (32 - bits);
  return { base: ip - (ip % size), bits };
}

const dotted = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

/** Subnet arithmetic, for rules that compare CIDR blocks (security groups, NACLs). */
export const NETWORK: Record<string, Fn> = {
  cidrsubnet: strict((args, ctx) => {
    arity(args, 3);
    const p = parseV4(str(args[0]));
    if (!p) return unknownAt(ctx.at, ctx.symbol);
    const newbits = num(args[1]);
    const netnum = num(args[2]);
    const bits = p.bits + newbits;
    if (bits > 32 || netnum >= 2 ** newbits || netnum < 0) throw new EvalError('cidrsubnet: out of range');
    return scalar(`${dotted(p.base + netnum * 2 ** (32 - bits))}/${bits}`, ctx.at);
  }),
  cidrhost: strict((args, ctx) => {
    arity(args, 2);
    const p = parseV4(str(args[0]));
    if (!p) return unknownAt(ctx.at, ctx.symbol);
    const size = 2 ** (32 - p.bits);
    const n = num(args[1]);
    const host = n < 0 ? size + n : n;
    if (host < 0 || host >= size) throw new EvalError('cidrhost: out of range');
    return scalar(dotted(p.base + host), ctx.at);
  }),
};
