import type { ScalarValue, Value } from '../../model/value.ts';

/**
 * Many properties accept a policy as a JSON string. Parsed into a value whose every node points at the string
 * itself: there is no finer location to give inside a string literal.
 */
export function parseEmbeddedJson(v: ScalarValue): Value {
  let data: unknown;
  try {
    data = JSON.parse(String(v.value));
  } catch {
    return v;
  }
  const build = (x: unknown): Value => {
    if (Array.isArray(x)) return { kind: 'list', items: x.map(build), path: v.path };
    if (x !== null && typeof x === 'object') {
      return { kind: 'object', entries: new Map(Object.entries(x).map(([k, i]) => [k, build(i)])), path: v.path };
    }
    return { kind: 'scalar', value: x as ScalarValue['value'], path: v.path };
  };
  return build(data);
}
