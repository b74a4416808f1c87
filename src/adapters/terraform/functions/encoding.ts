import { Buffer } from 'node:buffer';
import { decodeJsonValue } from '../json-value.ts';
import { toStr } from '../convert.ts';
import { EvalError } from '../eval-error.ts';
import { markEncoded, moveTop, scalar, unknownAt } from '../values.ts';
import { arity, str, strict } from './args.ts';
import type { Fn } from './types.ts';

export const ENCODING: Record<string, Fn> = {
  /**
   * Kept as structure, marked as JSON text: a policy written with jsonencode keeps unknown parts where they are
   * (an ARN of another resource) and its known parts stay readable; string contexts serialise it.
   */
  jsonencode(args, { at }) {
    arity(args, 1);
    const v = args[0];
    if (v.kind === 'unknown') return unknownAt(at, `jsonencode(${v.symbol})`);
    if (v.kind === 'scalar') {
      const s = toStr(v);
      return scalar(JSON.stringify(v.value === null ? null : typeof v.value === 'string' ? s : v.value), at, v.via);
    }
    return markEncoded(moveTop(v, at));
  },
  jsondecode(args, { at, symbol }) {
    arity(args, 1);
    const decoded = decodeJsonValue(args[0]);
    if (decoded) return moveTop(decoded, at);
    if (args[0].kind === 'unknown') return unknownAt(at, symbol);
    throw new EvalError('jsondecode: not JSON');
  },
  base64encode: strict((args, { at }) => scalar(Buffer.from(str(args[0]), 'utf8').toString('base64'), at)),
  base64decode: strict((args, { at }) => scalar(Buffer.from(str(args[0]), 'base64').toString('utf8'), at)),
  urlencode: strict((args, { at }) => scalar(encodeURIComponent(str(args[0])), at)),
};
