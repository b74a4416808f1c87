/** The type of values a condition operator compares. */
export type OperatorType = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

const BASES: Record<string, OperatorType> = {
  StringEquals: 'String',
  StringNotEquals: 'String',
  StringEqualsIgnoreCase: 'String',
  StringNotEqualsIgnoreCase: 'String',
  StringLike: 'String',
  StringNotLike: 'String',
  NumericEquals: 'Numeric',
  NumericNotEquals: 'Numeric',
  NumericLessThan: 'Numeric',
  NumericLessThanEquals: 'Numeric',
  NumericGreaterThan: 'Numeric',
  NumericGreaterThanEquals: 'Numeric',
  DateEquals: 'Date',
  DateNotEquals: 'Date',
  DateLessThan: 'Date',
  DateLessThanEquals: 'Date',
  DateGreaterThan: 'Date',
  DateGreaterThanEquals: 'Date',
  Bool: 'Bool',
  BinaryEquals: 'Binary',
  IpAddress: 'IpAddress',
  NotIpAddress: 'IpAddress',
  ArnEquals: 'Arn',
  ArnLike: 'Arn',
  ArnNotEquals: 'Arn',
  ArnNotLike: 'Arn',
  Null: 'Null',
};
const BY_LOWER = new Map(Object.entries(BASES).map(([name, type]) => [name.toLowerCase(), { name, type }]));

export interface ParsedOperator {
  /** `StringLike` in `ForAnyValue:StringLikeIfExists`. */
  base: string;
  type: OperatorType;
  ifExists: boolean;
  set?: 'ForAllValues' | 'ForAnyValue';
}

/** An operator taken apart; null when it is not one IAM knows (`Null` takes no IfExists). */
export function parseOperator(operator: string): ParsedOperator | null {
  const m = /^(?:(ForAllValues|ForAnyValue):)?(.+?)(IfExists)?$/i.exec(operator);
  if (!m) return null;
  const base = BY_LOWER.get(m[2].toLowerCase());
  if (!base || (base.type === 'Null' && m[3])) return null;
  const set = m[1] ? (m[1].toLowerCase() === 'forallvalues' ? 'ForAllValues' : 'ForAnyValue') : undefined;
  return { base: base.name, type: base.type, ifExists: !!m[3], ...(set ? { set } : {}) };
}

/** Every operator name without qualifiers, for suggestions. */
export const OPERATOR_NAMES = Object.keys(BASES);

export type Fit = 'fits' | 'usable' | 'mismatch';

/** A catalog type (`ArrayOfARN`, `IPAddress`) as the operator type that compares it. */
function operatorTypeOf(keyType: string): OperatorType | undefined {
  const t = keyType.replace(/^ArrayOf/i, '').toLowerCase();
  return ({ string: 'String', arn: 'Arn', bool: 'Bool', boolean: 'Bool', numeric: 'Numeric', long: 'Numeric', integer: 'Numeric', date: 'Date', ipaddress: 'IpAddress', binary: 'Binary' } as const)[t];
}

/**
 * Whether an operator can compare a key of these types. String operators on an ARN key work (as exact text,
 * without ARN operators' per-field matching), so they are `usable`. Null tests presence, whatever the type. The
 * reference types a few ARN-valued keys as String (aws:SourceVpcArn), so ARN operators are taken to fit a String
 * key whose name ends in Arn.
 */
export function operatorFit(op: OperatorType, key: string, keyTypes: string[]): Fit {
  if (op === 'Null' || op === 'Binary') return 'fits';
  const types = keyTypes.map(operatorTypeOf);
  if (types.some((t) => t === undefined || t === op)) return 'fits';
  if (op === 'String' && types.includes('Arn')) return 'usable';
  if (op === 'Arn' && types.includes('String') && /arns?$/i.test(key)) return 'fits';
  return 'mismatch';
}
