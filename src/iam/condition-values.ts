import { createRequire } from 'node:module';
import type { OperatorType } from './condition-operators.ts';

const NUMBER = /^[+-]?\d+(\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/i;

/** node:net's isIP, loaded on first use: the module costs every start a millisecond and a half, and few policies need it. */
let netIsIP: ((input: string) => number) | undefined;
const isIP = (address: string): number => (netIsIP ??= (createRequire(import.meta.url)('node:net') as typeof import('node:net')).isIP)(address);

function isCidr(text: string): boolean {
  const [address, prefix, extra] = text.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Whether a condition value can be read as the operator's type: a number for Numeric, an ISO 8601 date or epoch
 * seconds for Date, true or false for Bool and Null, an address or CIDR for IpAddress. A value that cannot is
 * never equal, less or greater than anything: the condition is dead. Values with a policy variable are only known
 * per request.
 */
export function valueFits(op: OperatorType, value: string | number | boolean | null): boolean {
  if (typeof value === 'string' && value.includes('${')) return true;
  switch (op) {
    case 'Numeric':
      return typeof value === 'number' || (typeof value === 'string' && NUMBER.test(value.trim()));
    case 'Date':
      return typeof value === 'number' || (typeof value === 'string' && (NUMBER.test(value) || (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)))));
    case 'Bool':
    case 'Null':
      return typeof value === 'boolean' || (typeof value === 'string' && /^(true|false)$/i.test(value));
    case 'IpAddress':
      return typeof value === 'string' && isCidr(value.trim());
    default:
      return true;
  }
}
