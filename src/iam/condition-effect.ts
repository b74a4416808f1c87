import type { Value } from '../model/value.ts';
import { globMatches } from './glob-match.ts';

/**
 * What a statement's Condition does to its grant:
 * - `none`: no condition;
 * - `narrowing`: it holds for some requests an attacker can make (an IP, a tag, MFA, a date still to come), so
 *   the grant stands but only conditionally;
 * - `unusable`: no request satisfies it (a date in the past, a key required both present and absent…);
 * - `unknown`: it depends on a value only known at deploy time in a way that could make it unusable.
 */
export type ConditionEffect = 'none' | 'narrowing' | 'unusable' | 'unknown';

export interface ConditionVerdict {
  effect: ConditionEffect;
  /** The condition keys that narrow the grant, for messages. */
  keys: string[];
}

/**
 * Values the attacker's own request carries, by lower-case condition key: a PassRole to EC2 has
 * `iam:PassedToService` = `ec2.amazonaws.com`. A condition on such a key is decided, not merely narrowing.
 */
export type RequestContext = Record<string, string>;

// Keys whose value only grows with time; a bound in the past on them is never met again.
const TIME_KEYS = new Set(['aws:currenttime', 'aws:epochtime', 'aws:tokenissuetime']);
const UPPER_BOUNDS = new Set(['datelessthan', 'datelessthanequals', 'dateequals', 'numericlessthan', 'numericlessthanequals', 'numericequals']);
const NEGATED = /^(stringnot|arnnot|notipaddress|numericnot|datenot)/;
const STRING_OPS = /^(string|arn)(not)?(equals|like)(ignorecase)?$/;

type KeyState = 'absent' | 'true' | 'false' | 'other';
const ALL_STATES: KeyState[] = ['absent', 'true', 'false', 'other'];
const PRESENT: KeyState[] = ['true', 'false', 'other'];

interface Operator {
  base: string;
  ifExists: boolean;
  set: 'all' | 'any' | null;
}

function parseOperator(op: string): Operator {
  let rest = op;
  let set: Operator['set'] = null;
  const m = /^(ForAllValues|ForAnyValue):/i.exec(rest);
  if (m) {
    set = m[1].toLowerCase() === 'forallvalues' ? 'all' : 'any';
    rest = rest.slice(m[0].length);
  }
  const ifExists = /IfExists$/i.test(rest);
  if (ifExists) rest = rest.slice(0, -'IfExists'.length);
  return { base: rest.toLowerCase(), ifExists, set };
}

/** Scalar values of a condition entry; null when any of them is only known at deploy time. */
function scalars(v: Value): string[] | null {
  const items = v.kind === 'list' ? v.items : [v];
  const out: string[] = [];
  for (const i of items) {
    if (i.kind !== 'scalar') return null;
    out.push(String(i.value));
  }
  return out;
}

function timeOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const t = Date.parse(text);
  return Number.isNaN(t) ? null : t;
}

/** Classifies a Condition block. `now` is injectable so tests do not depend on the clock. */
export function conditionEffect(condition: Value | undefined, context: RequestContext = {}, now = Date.now()): ConditionVerdict {
  if (condition === undefined) return { effect: 'none', keys: [] };
  if (condition.kind !== 'object') return { effect: condition.kind === 'unknown' ? 'unknown' : 'none', keys: [] };
  const states = new Map<string, Set<KeyState>>();
  const restrict = (key: string, allowed: KeyState[]) => {
    const cur = states.get(key) ?? new Set(ALL_STATES);
    states.set(key, new Set([...cur].filter((s) => allowed.includes(s))));
  };
  const narrowing = new Set<string>();
  let unknown = false;
  let unusable = false;
  for (const [opName, block] of condition.entries) {
    const op = parseOperator(opName);
    if (block.kind !== 'object') {
      if (block.kind === 'unknown') unknown = true;
      continue;
    }
    for (const [rawKey, raw] of block.entries) {
      const key = rawKey.toLowerCase();
      const values = scalars(raw);
      const decisive = op.base === 'null' || op.base === 'bool' || (TIME_KEYS.has(key) && UPPER_BOUNDS.has(op.base)) || context[key] !== undefined;
      if (values === null) {
        if (decisive) unknown = true;
        else narrowing.add(rawKey);
        continue;
      }
      if (op.base === 'null') {
        const wants = new Set(values.map((x) => x.toLowerCase()));
        if (!(wants.has('true') && wants.has('false'))) restrict(key, wants.has('true') ? ['absent'] : PRESENT);
        narrowing.add(rawKey);
        continue;
      }
      // Positive operators are false when the key is missing, unless IfExists or ForAllValues say otherwise.
      const needsPresence = !op.ifExists && op.set !== 'all' && !NEGATED.test(op.base);
      if (op.base === 'bool' && op.set === null) {
        const bools = values.map((x) => x.toLowerCase()).filter((x): x is 'true' | 'false' => x === 'true' || x === 'false');
        restrict(key, op.ifExists ? ['absent', ...bools] : bools);
      } else if (needsPresence) restrict(key, PRESENT);
      const ctx = context[key];
      if (ctx !== undefined && STRING_OPS.test(op.base) && op.set !== 'all') {
        const m = STRING_OPS.exec(op.base)!;
        const ignoreCase = m[4] !== undefined || m[1] === 'arn';
        const hit = values.some((x) => (m[3] === 'like' || m[1] === 'arn' ? globMatches(x, ctx, ignoreCase) : ignoreCase ? x.toLowerCase() === ctx.toLowerCase() : x === ctx));
        if (hit === (m[2] !== undefined)) unusable = true;
        continue;
      }
      if (TIME_KEYS.has(key) && UPPER_BOUNDS.has(op.base) && op.set === null) {
        const times = values.map(timeOf);
        const past = times.every((t) => t !== null && t < now);
        // Long-term credentials carry no aws:TokenIssueTime, so with IfExists they always pass.
        const absentPasses = op.ifExists && key === 'aws:tokenissuetime';
        if (past && !absentPasses) unusable = true;
      }
      narrowing.add(rawKey);
    }
  }
  for (const [key, s] of states) {
    if (s.size === 0) unusable = true;
    // A boolean the request carries decides the condition (aws:MultiFactorAuthPresent of a session without MFA).
    const carried = context[key]?.toLowerCase();
    if ((carried === 'true' || carried === 'false') && !s.has(carried)) unusable = true;
  }
  if (unusable) return { effect: 'unusable', keys: [] };
  if (unknown) return { effect: 'unknown', keys: [] };
  return narrowing.size > 0 ? { effect: 'narrowing', keys: [...narrowing] } : { effect: 'none', keys: [] };
}
